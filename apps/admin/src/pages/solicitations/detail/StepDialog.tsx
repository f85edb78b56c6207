import type { StaffSolicitationView } from '@weimin/contracts';
import { approveFeedback, approveSolicitation, returnFeedback, returnSolicitation } from '../../../api/solicitations';
import { CommentStepDialog, type CommentStep } from '../../../components/CommentStepDialog';

export type StepMode = 'approve' | 'return' | 'approve_feedback' | 'return_feedback';

const steps = (id: number): Record<StepMode, CommentStep> => ({
  approve: {
    title: '审核通过',
    label: '审核意见',
    required: false,
    explain: '单位负责人通过后送政务公开办审核；政务公开办通过后即发布，开始征集意见。',
    done: '已审核通过',
    run: (comment) => approveSolicitation(id, comment ? { comment } : {}),
  },
  return: {
    title: '退回',
    label: '退回意见',
    required: true,
    explain: '退回后由发起单位修改并重新提交，意见记入办理记录。',
    done: '已退回发起单位',
    danger: true,
    run: (comment) => returnSolicitation(id, { comment }),
  },
  approve_feedback: {
    title: '反馈审核通过',
    label: '审核意见',
    required: false,
    explain: '单位负责人通过后送政务公开办审核；政务公开办通过后，采纳情况反馈随征集一并公开。',
    done: '已审核通过',
    run: (comment) => approveFeedback(id, comment ? { comment } : {}),
  },
  return_feedback: {
    title: '退回反馈',
    label: '退回意见',
    required: true,
    explain: '退回后由发起单位修改采纳情况反馈并重新提交，意见记入办理记录。',
    done: '已退回发起单位',
    danger: true,
    run: (comment) => returnFeedback(id, { comment }),
  },
});

/** 审核通过 / 退回, of the solicitation or of its feedback, with a comment. */
export function StepDialog({
  mode,
  item,
  onClose,
  onDone,
}: {
  mode: StepMode;
  item: StaffSolicitationView;
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  return <CommentStepDialog step={steps(item.id)[mode]} itemTitle={item.title} onClose={onClose} onDone={onDone} />;
}
