import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { APPLICANT_KIND_LABELS, CERTIFICATE_TYPE_LABELS, ORGANISATION_KIND_LABELS, type StaffDisclosureView } from '@weimin/contracts';
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';

/**
 * 申请人: masked by default. The handling agency and the office get the full certificate number and phone with the
 * page (the BFF records each such reading in the audit log, docs/security.md §10); they are shown on request only.
 */
export function DisclosureApplicant({ application }: { application: StaffDisclosureView }) {
  const [shown, setShown] = useState(false);
  const full = shown ? application.applicant : null;
  return (
    <Card
      title="申请人"
      size="small"
      extra={
        application.applicant && (
          <Button size="small" type="link" icon={shown ? <EyeInvisibleOutlined /> : <EyeOutlined />} onClick={() => setShown(!shown)}>
            {shown ? '隐藏' : '显示完整信息'}
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'kind', label: '类型', children: APPLICANT_KIND_LABELS[application.applicantKind] },
          ...(application.organisationKind ? [{ key: 'orgKind', label: '组织类型', children: ORGANISATION_KIND_LABELS[application.organisationKind] }] : []),
          { key: 'name', label: application.applicantKind === 'organisation' ? '名称' : '姓名', children: application.applicantName },
          {
            key: 'certificate',
            label: CERTIFICATE_TYPE_LABELS[application.certificateType],
            children: full?.certificateNumber ?? application.certificateNumberMasked,
          },
          { key: 'phone', label: '联系电话', children: full?.contactPhone ?? application.contactPhoneMasked },
          ...(full ? [{ key: 'email', label: '电子邮箱', children: full.email ?? '—' }] : []),
          { key: 'address', label: '通信地址', children: application.postalAddress },
        ]}
      />
      {application.applicant ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          完整证件号码和联系方式仅承办单位和政务公开办可见，每次查看本申请均记入审计日志。
        </Typography.Text>
      ) : (
        <Flex gap={8} align="center">
          <Tag style={{ marginInlineEnd: 0 }}>已脱敏</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            申请转交本单位办理后可查看完整信息。
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
