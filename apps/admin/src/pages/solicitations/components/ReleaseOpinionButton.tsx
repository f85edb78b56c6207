import type { StaffOpinionView } from '@weimin/contracts';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { releaseOpinion } from '../../../api/solicitations';

/**
 * 放行 of an opinion moderation held (office), as a held message's: after a confirmation, and `onDone` either way, so
 * the list is read again (a 409 means someone released it first; the client has toasted it).
 */
export function ReleaseOpinionButton({ opinion, onDone }: { opinion: Pick<StaffOpinionView, 'id' | 'name' | 'isPublic'>; onDone: () => void }) {
  const { message } = App.useApp();
  const [releasing, setReleasing] = useState(false);
  const release = async () => {
    setReleasing(true);
    try {
      await releaseOpinion(opinion.id);
      void message.success(opinion.isPublic ? '已放行，该意见已在征集页面公开' : '已放行（提交人选择不公开，不在征集页面显示）');
    } catch {
      // toasted by the client; the reload shows where it stands
    } finally {
      setReleasing(false);
      onDone();
    }
  };
  return (
    <Popconfirm
      title="放行此意见？"
      description={opinion.isPublic ? '放行后按提交人的选择在征集页面公开（姓名隐去）。' : '提交人选择不公开，放行后仍不在征集页面显示。'}
      okText="放行"
      cancelText="取消"
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits the promise (its OK button spins until it settles), though typed as void
      onConfirm={release}
    >
      <Button size="small" type="primary" loading={releasing} aria-label={`放行${opinion.name}的意见`}>
        放行
      </Button>
    </Popconfirm>
  );
}
