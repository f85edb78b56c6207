import type { ImageCheckStatus, StaffMessageView } from '@weimin/contracts';
import { Button, Card, Flex, Image, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { publishMessageImages } from '../../../../api/messages';

/** WeChat's verdict on each photo (mediaCheckAsync), in the console's words. */
const CHECK_TAGS: Record<ImageCheckStatus, { label: string; color: string }> = {
  checking: { label: '检测中', color: 'processing' },
  passed: { label: '检测通过', color: 'success' },
  flagged: { label: '疑似违规', color: 'error' },
  unchecked: { label: '未经微信检测', color: 'default' },
};

/**
 * 留言图片: thumbnails (full size on click) with WeChat's verdict, and the office's approval for the public board. The
 * bytes come from the BFF with the staff session, only for those who see the message.
 */
export function MessageImages({ message, onDone }: { message: StaffMessageView; onDone: (notice: string, view: StaffMessageView) => void }) {
  const [publishing, setPublishing] = useState(false);
  const publish = async () => {
    setPublishing(true);
    try {
      onDone('图片已公开到公开留言', await publishMessageImages(message.id));
    } catch {
      // The client's interceptor has shown the error.
    } finally {
      setPublishing(false);
    }
  };

  return (
    <Card
      title={`留言图片（${message.images.length}）`}
      size="small"
      extra={
        message.canPublishImages && (
          <Popconfirm title="公开检测通过的图片？" description="公开后，同意公开的留言答复后其图片将显示在公开留言中。" onConfirm={() => void publish()}>
            <Button size="small" loading={publishing}>
              公开图片
            </Button>
          </Popconfirm>
        )
      }
    >
      <Image.PreviewGroup>
        <Flex wrap gap={12}>
          {message.images.map((image, index) => (
            <Flex key={image.id} vertical gap={4} align="center" data-image={image.id}>
              <Image src={image.url} alt={`留言图片${index + 1}`} width={96} height={96} style={{ objectFit: 'cover', borderRadius: 4 }} />
              <Flex gap={4}>
                <Tag color={CHECK_TAGS[image.check].color} style={{ marginInlineEnd: 0 }}>
                  {CHECK_TAGS[image.check].label}
                </Tag>
                {image.onBoard && (
                  <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                    已公开
                  </Tag>
                )}
              </Flex>
            </Flex>
          ))}
        </Flex>
      </Image.PreviewGroup>
      {message.images.some((image) => image.check === 'flagged') && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          疑似违规的图片仅工作人员可见，不会公开。
        </Typography.Text>
      )}
    </Card>
  );
}
