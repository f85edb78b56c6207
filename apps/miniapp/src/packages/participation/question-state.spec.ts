import { questionStateText } from './question-state';

describe('questionStateText', () => {
  it('tells answered, converted, held, hidden and waiting questions apart', () => {
    expect(questionStateText({ status: 'answered', visibility: 'shown', answeredSeq: 3 })).toBe('已在访谈中答复（第 3 条）');
    expect(questionStateText({ status: 'answered', visibility: 'shown', answeredSeq: null })).toBe('已在访谈中答复');
    expect(questionStateText({ status: 'converted', visibility: 'shown', answeredSeq: null })).toBe('已转为留言，由嘉宾单位答复');
    expect(questionStateText({ status: 'pending', visibility: 'held', answeredSeq: null })).toBe('审核中');
    expect(questionStateText({ status: 'pending', visibility: 'hidden', answeredSeq: null })).toBe('未采用');
    expect(questionStateText({ status: 'pending', visibility: 'shown', answeredSeq: null })).toBe('等待答复');
  });
});
