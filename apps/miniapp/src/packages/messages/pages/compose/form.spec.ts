import type { ApiError } from '../../../../services/http';
import { charCount, formFromRequest, hasErrors, questionTitle, serverFieldErrors, toRequest, validateForm, type ComposeForm } from './form';

function form(overrides: Partial<ComposeForm> = {}): ComposeForm {
  return {
    type: 'consultation',
    channel: 'online_consultation',
    title: '社保卡补办',
    content: '请问社保卡丢失后如何补办？',
    contactName: '张三',
    contactPhone: '13812345678',
    useBoundPhone: false,
    isPublic: true,
    wantsNotification: false,
    ...overrides,
  };
}

describe('compose form', () => {
  it('accepts a complete form', () => {
    expect(hasErrors(validateForm(form()))).toBe(false);
  });

  it('checks what the BFF checks: lengths, a mobile number', () => {
    const errors = validateForm(form({ title: '短', content: '太短', contactName: ' ', contactPhone: '057112345678' }));
    expect(Object.keys(errors).sort()).toEqual(['contactName', 'contactPhone', 'content', 'title']);
    expect(validateForm(form({ title: 'x'.repeat(61) })).title).toBe('标题最多 60 个字');
    expect(validateForm(form({ content: '好'.repeat(2501) })).content).toBe('内容最多 2500 个字');
  });

  it('counts an emoji as one character', () => {
    expect(validateForm(form({ title: '😀'.repeat(60) })).title).toBeUndefined();
  });

  it('sends trimmed text, and an empty phone for the bound number', () => {
    expect(toRequest(form({ title: '  社保卡补办 ', useBoundPhone: true }), true)).toEqual({
      type: 'consultation',
      channel: 'online_consultation',
      title: '社保卡补办',
      content: '请问社保卡丢失后如何补办？',
      contactName: '张三',
      contactPhone: '',
      isPublic: true,
      notifyOnReply: true,
    });
    expect(validateForm(form({ contactPhone: '', useBoundPhone: true })).contactPhone).toBeUndefined();
  });

  it('sends the uploaded photos’ ids, and no imageIds without photos', () => {
    expect(toRequest(form(), false, [3, 5]).imageIds).toEqual([3, 5]);
    expect(toRequest(form(), false, [])).not.toHaveProperty('imageIds');
    expect(toRequest(form(), false)).not.toHaveProperty('imageIds');
  });

  it('restores the form of a pending submission', () => {
    const body = toRequest(form({ targetAgencyId: 7, channel: 'unit_board' }), false);
    expect(toRequest(formFromRequest(body), false)).toEqual(body);
  });

  it('sends and restores the interpretation asked about (就此政策咨询)', () => {
    const body = toRequest(form({ interpretationId: 12 }), false);
    expect(body.interpretationId).toBe(12);
    expect(toRequest(formFromRequest(body), false)).toEqual(body);
    expect(toRequest(form(), false)).not.toHaveProperty('interpretationId');
  });

  it("starts a question's title from the interpretation's, cut to a message title's length", () => {
    expect(questionTitle('灵活就业人员社保补贴怎么领')).toBe('咨询：灵活就业人员社保补贴怎么领');
    const long = questionTitle('长'.repeat(100));
    expect(charCount(long)).toBe(60);
    expect(long.endsWith('…')).toBe(true);
  });

  it("maps the server's field errors onto the form and keeps the rest", () => {
    const error = {
      code: 'VALIDATION_FAILED',
      details: [
        { field: 'content', messages: ['含有不宜发布的内容'] },
        { field: 'Idempotency-Key', messages: ['a 16-64 character key is required'] },
      ],
    } as ApiError;
    expect(serverFieldErrors(error)).toEqual({ fields: { content: '含有不宜发布的内容' }, other: ['a 16-64 character key is required'] });
    expect(serverFieldErrors({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 60 } } as ApiError)).toEqual({ fields: {}, other: [] });
  });
});
