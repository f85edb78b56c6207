import { MEDIA_HOSTS_MAX } from '@weimin/contracts';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useAccess } from '../../access';
import { getMediaHosts, saveMediaHosts } from '../../api/settings';
import { DateTime } from '../../components/DateTime';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import { useFormSubmit } from '../../hooks/useFormSubmit';

interface HostsValues {
  hosts: string;
}

/**
 * 媒体来源: the websites an interpretation's video (视频) or picture (图解) may be played or shown from. The BFF checks
 * every draft saved and every item published against it; administrators edit it, and each save is in the audit log.
 */
export default function MediaHostsPage() {
  const { canManageMediaHosts } = useAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<HostsValues>();
  const { submitting, submit } = useFormSubmit(form);
  const { data, error, loading, reload } = useApiData((signal) => getMediaHosts(signal), []);

  useEffect(() => {
    if (data) form.setFieldsValue({ hosts: data.hosts.join('\n') });
  }, [data, form]);

  const onFinish = ({ hosts }: HostsValues) =>
    submit(async () => {
      await saveMediaHosts({ hosts: hosts.split(/[\s,，、]+/).filter(Boolean) });
      void message.success('已保存媒体来源');
      reload();
    });

  return (
    <Card title="媒体来源" loading={loading && !data}>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        data && (
          <Flex vertical gap={16} style={{ maxWidth: 720 }}>
            <Alert
              type="info"
              showIcon
              message="视频解读的视频、图解的图片只能来自下列网站（须为 https 地址）。保存草稿和发布解读时都会检查；从名单中删去的网站，已发布的解读不受影响，但再次发布前须更换地址。"
            />
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'by', label: '最后修改', children: data.updatedBy ?? (data.updatedAt ? '系统初始化' : '尚未设置') },
                ...(data.updatedAt ? [{ key: 'at', label: '修改时间', children: <DateTime value={data.updatedAt} /> }] : []),
              ]}
            />
            <Form<HostsValues>
              form={form}
              name="media-hosts"
              layout="vertical"
              onFinish={(values) => void onFinish(values)}
              disabled={!canManageMediaHosts || submitting}
            >
              <Form.Item name="hosts" label="允许的网站" extra={`每行一个域名，例如 media.example.gov.cn，最多 ${MEDIA_HOSTS_MAX} 个`}>
                <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} spellCheck={false} />
              </Form.Item>
              {canManageMediaHosts ? (
                <Button type="primary" htmlType="submit" loading={submitting}>
                  保存
                </Button>
              ) : (
                <Typography.Text type="secondary">仅系统管理员可以修改。</Typography.Text>
              )}
            </Form>
          </Flex>
        )
      )}
    </Card>
  );
}
