import type { StaffInterpretationView } from '@weimin/contracts';
import { approveInterpretation, returnInterpretation, withdrawInterpretation } from '../../../api/interpretations';
import { CommentStepDialog, type CommentStep } from '../../../components/CommentStepDialog';

export type StepMode = 'approve' | 'return' | 'withdraw';

const steps = (id: number): Record<StepMode, CommentStep> => ({
  approve: {
    title: '审核通过',
    label: '审核意见',
    required: false,
    explain: '通过后进入下一级审核；第三级通过后即发布。',
    done: '已审核通过',
    run: (comment) => approveInterpretation(id, comment ? { comment } : {}),
  },
  return: {
    title: '退回',
    label: '退回意见',
    required: true,
    explain: '退回后由起草人修改并重新提交，意见记入审核记录。',
    done: '已退回起草人',
    danger: true,
    run: (comment) => returnInterpretation(id, { comment }),
  },
  withdraw: {
    title: '撤回',
    label: '撤回理由',
    required: true,
    explain: '撤回后小程序不再显示此解读，也搜索不到。',
    done: '已撤回',
    danger: true,
    run: (reason) => withdrawInterpretation(id, { reason }),
  },
});

/** 审核通过 / 退回 / 撤回 of an interpretation, with a comment. */
export function StepDialog({
  mode,
  item,
  onClose,
  onDone,
}: {
  mode: StepMode;
  item: StaffInterpretationView;
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  return <CommentStepDialog step={steps(item.id)[mode]} itemTitle={item.title} onClose={onClose} onDone={onDone} />;
}
