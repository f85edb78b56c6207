import type { BoardMessageView } from '@weimin/contracts';
import { toBoardExcerpt } from './board-excerpt';

const view: BoardMessageView = {
  id: 1,
  caseNo: '2026-000001',
  type: 'consultation',
  channel: 'online_consultation',
  title: '社保卡补办',
  content: '请问社保卡丢失后\n如何补办？😀 电话[电话已隐藏]',
  authorMasked: '张*',
  submittedAt: '2026-11-01T02:00:00.000Z',
  agencyName: '临溪市人力资源和社会保障局',
  replyHtml: '<p>请携带身份证到服务大厅办理。</p>',
  repliedAt: '2026-11-02T02:00:00.000Z',
  images: [{ id: 7, url: '/api/board/images/7', width: 800, height: 600 }],
};

describe('toBoardExcerpt', () => {
  it('cuts the content by characters and leaves the reply and the photos out', () => {
    const excerpt = toBoardExcerpt(view, 10);
    expect(excerpt).toEqual({
      id: 1,
      caseNo: '2026-000001',
      type: 'consultation',
      channel: 'online_consultation',
      title: '社保卡补办',
      excerpt: '请问社保卡丢失后 如…',
      truncated: true,
      authorMasked: '张*',
      submittedAt: '2026-11-01T02:00:00.000Z',
      agencyName: '临溪市人力资源和社会保障局',
      repliedAt: '2026-11-02T02:00:00.000Z',
    });
    expect(JSON.stringify(excerpt)).not.toContain('服务大厅');
    // An emoji is one character, never half a surrogate pair.
    expect(toBoardExcerpt(view, 15).excerpt).toBe('请问社保卡丢失后 如何补办？😀…');
  });

  it('keeps a short content whole', () => {
    expect(toBoardExcerpt(view, 200)).toMatchObject({ excerpt: '请问社保卡丢失后 如何补办？😀 电话[电话已隐藏]', truncated: false });
  });
});
