import { sanitizeRichText, textOf } from './rich-text';

/** A small XSS corpus; the browser suite renders stored results in Chromium as well. */
const CORPUS = [
  '<script>alert(1)</script>答复',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">点我</a>',
  '<a href="JaVaScRiPt:alert(1)">点我</a>',
  '<p onclick="alert(1)" style="background:url(javascript:alert(1))">段落</p>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="width:expression(alert(1))">x</div>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<p>正常<strong>加粗</strong></p><ul><li>一</li></ul>',
];

describe('sanitizeRichText', () => {
  it.each(CORPUS)('leaves nothing executable in %p', (input) => {
    const clean = sanitizeRichText(input);
    expect(clean).not.toMatch(/<script|<iframe|<svg|<img|<style|\son\w+=|javascript:|expression\(|data:text/i);
  });

  it('keeps ordinary formatting and safe links', () => {
    expect(sanitizeRichText('<p>您好，<strong>请携带</strong>身份证</p><a href="https://gov.example.cn/x">办事指南</a>')).toBe(
      '<p>您好，<strong>请携带</strong>身份证</p><a href="https://gov.example.cn/x" rel="noopener noreferrer" target="_blank">办事指南</a>',
    );
  });

  it('reads the text of HTML', () => {
    expect(textOf('<p>&nbsp;</p><script>x</script>')).toBe('');
    expect(textOf('<p>已处理</p>')).toBe('已处理');
  });
});
