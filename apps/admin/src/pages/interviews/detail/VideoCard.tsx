import type { StaffInterviewView } from '@weimin/contracts';
import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { setInterviewVideo } from '../../../api/interviews';
import { useFormSubmit } from '../../../hooks/useFormSubmit';

const httpsRule = { pattern: /^https:\/\/[^\s/@]+(\/\S*)?$/i, message: '请填写 https:// 开头的地址' };

/** 访谈视频: the recording's link, kept published with the transcript; the office sets or removes it. */
export function VideoCard({ item, canEdit, onSaved }: { item: StaffInterviewView; canEdit: boolean; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ videoUrl?: string }>();
  const { submitting, submit } = useFormSubmit(form);
  const [editing, setEditing] = useState(false);

  const save = async (videoUrl: string | null) => {
    if (await submit(() => setInterviewVideo(item.id, { videoUrl }))) {
      void message.success(videoUrl ? '已保存视频地址' : '已移除视频');
      setEditing(false);
      onSaved();
    }
  };

  return (
    <Card title="访谈视频" size="small">
      {editing ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ videoUrl: item.videoUrl ?? '' }}
          onFinish={(v) => void save(v.videoUrl?.trim() || null)}
          disabled={submitting}
        >
          <Form.Item name="videoUrl" label="视频地址" rules={[httpsRule]} extra="须为系统设置 › 媒体来源中允许的网站">
            <Input placeholder="https://" maxLength={500} />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={submitting}>
              保存
            </Button>
            <Button onClick={() => setEditing(false)}>取消</Button>
          </Flex>
        </Form>
      ) : (
        <Flex gap={8} align="center" wrap>
          {item.videoUrl ? (
            <Typography.Link href={item.videoUrl} target="_blank" rel="noopener noreferrer" style={{ wordBreak: 'break-all' }}>
              {item.videoUrl}
            </Typography.Link>
          ) : (
            <Typography.Text type="secondary">未设置视频</Typography.Text>
          )}
          {canEdit && (
            <>
              <Button size="small" onClick={() => setEditing(true)}>
                {item.videoUrl ? '修改' : '设置视频'}
              </Button>
              {item.videoUrl && (
                <Button size="small" danger loading={submitting} onClick={() => void save(null)}>
                  移除
                </Button>
              )}
            </>
          )}
        </Flex>
      )}
    </Card>
  );
}
