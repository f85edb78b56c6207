import type { MyInterviewQuestionView } from '@weimin/contracts';

/** Where a citizen's interview question stands, in their words. */
export function questionStateText(question: Pick<MyInterviewQuestionView, 'status' | 'visibility' | 'answeredSeq'>): string {
  if (question.status === 'answered') return question.answeredSeq ? `已在访谈中答复（第 ${question.answeredSeq} 条）` : '已在访谈中答复';
  if (question.status === 'converted') return '已转为留言，由嘉宾单位答复';
  if (question.visibility === 'held') return '审核中';
  if (question.visibility === 'hidden') return '未采用';
  return '等待答复';
}
