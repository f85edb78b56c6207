import type { ApiError } from '../../services/http';
import {
  emptyOpinionForm,
  emptyQuestionForm,
  hasErrors,
  opinionFormFrom,
  opinionRequest,
  outcomeUnknown,
  questionRequest,
  serverFieldErrors,
  validateOpinion,
  validateQuestion,
} from './forms';

// forms.ts needs only the error's fields, so the spec does not load the HTTP wrapper (and its build-time globals).
const apiError = (status: number, code: string, message: string, details?: unknown) => ({ status, code, message, details }) as ApiError;

describe('opinion form', () => {
  it('starts private, with one empty answer per question', () => {
    expect(emptyOpinionForm(2)).toEqual({ contactName: '', content: '', answers: ['', ''], isPublic: false });
  });

  it('asks for the opinion and a name, and checks each answer length', () => {
    const form = { ...emptyOpinionForm(2), answers: ['好', 'x'.repeat(1001)] };
    expect(validateOpinion(form)).toEqual({ content: '请填写您的意见', contactName: '请填写您的姓名', answer1: '每个问题的回答最多 1000 个字' });
    expect(hasErrors(validateOpinion({ ...form, content: '建议延长', contactName: '张三', answers: ['', ''] }))).toBe(false);
    expect(validateOpinion({ ...form, content: '好', contactName: '张三', answers: [] }).content).toBe('意见至少 2 个字');
  });

  it('sends only the answered questions, by index, trimmed; and a restored body fills the form again', () => {
    const body = opinionRequest({ contactName: ' 张三 ', content: ' 建议延长开放时间 ', answers: ['', ' 同意 ', '  '], isPublic: true });
    expect(body).toEqual({ contactName: '张三', content: '建议延长开放时间', answers: [{ question: 1, text: '同意' }], isPublic: true });
    expect(opinionRequest({ contactName: '张三', content: '建议', answers: ['', ''], isPublic: false })).not.toHaveProperty('answers');
    expect(opinionFormFrom(body, 3)).toEqual({ contactName: '张三', content: '建议延长开放时间', answers: ['', '同意', ''], isPublic: true });
  });
});

describe('question form', () => {
  it('needs a phone only when none is bound, and checks its shape', () => {
    const form = { ...emptyQuestionForm(), content: '公积金贷款额度会提高吗', contactName: '李四' };
    expect(validateQuestion(form, true)).toEqual({});
    expect(validateQuestion(form, false).contactPhone).toMatch(/请填写手机号码/);
    expect(validateQuestion({ ...form, contactPhone: '12345' }, true).contactPhone).toBe('请填写 11 位手机号码');
    expect(validateQuestion({ ...form, content: '请问' }, true).content).toBe('问题至少 5 个字，请把问题说清楚');
  });

  it('leaves the phone out when empty, so the BFF uses the bound one', () => {
    expect(questionRequest({ content: ' 公积金贷款额度会提高吗 ', contactName: '李四', contactPhone: ' ', isPublic: false })).toEqual({
      content: '公积金贷款额度会提高吗',
      contactName: '李四',
      isPublic: false,
    });
    expect(questionRequest({ content: '问题', contactName: '李四', contactPhone: '13800138000', isPublic: true }).contactPhone).toBe('13800138000');
  });
});

describe('server answers', () => {
  it('puts a 400’s details beside their fields (the moderation refusal lands on content)', () => {
    const error = apiError(400, 'VALIDATION_FAILED', '意见含有不宜发布的内容，请修改后再提交', [
      { field: 'content', messages: ['含有不宜发布的内容'] },
      { field: 'answers', messages: ['所答问题不存在'] },
    ]);
    expect(serverFieldErrors(error, ['content', 'contactName'])).toEqual({ fields: { content: '含有不宜发布的内容' }, other: ['所答问题不存在'] });
    expect(serverFieldErrors(apiError(409, 'SOLICITATION_NOT_OPEN', '已截止'), ['content'])).toEqual({ fields: {}, other: [] });
  });

  it('keeps the key for a retry only when the outcome is unknown', () => {
    expect(outcomeUnknown(apiError(0, 'NETWORK', 'offline'))).toBe(true);
    expect(outcomeUnknown(apiError(503, 'INTERNAL', 'busy'))).toBe(true);
    expect(outcomeUnknown(apiError(400, 'VALIDATION_FAILED', 'bad'))).toBe(false);
    expect(outcomeUnknown(apiError(429, 'RATE_LIMITED', 'slow down'))).toBe(false);
  });
});
