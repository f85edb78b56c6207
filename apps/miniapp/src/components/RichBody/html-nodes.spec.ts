import { htmlToNodes, linksIn } from './html-nodes';

describe('htmlToNodes', () => {
  const previousEnv = process.env.TARO_ENV;
  beforeEach(() => {
    process.env.TARO_ENV = 'h5';
  });
  afterAll(() => {
    process.env.TARO_ENV = previousEnv;
  });

  it('keeps allowed tags with a class of their own and decodes entities into text', () => {
    expect(htmlToNodes('<p>社保 &amp; 医保 &lt;b&gt; &#x4e2d;</p><ul><li>一</li></ul>')).toEqual([
      { name: 'p', attrs: { class: 'rich-p' }, children: [{ type: 'text', text: '社保 & 医保 <b> 中' }] },
      { name: 'ul', attrs: { class: 'rich-ul' }, children: [{ name: 'li', attrs: { class: 'rich-li' }, children: [{ type: 'text', text: '一' }] }] },
    ]);
  });

  it('drops script-like elements with their content and every event handler or style', () => {
    const nodes = htmlToNodes('<script>alert(1)</script><p onclick="x()" style="color:red">ok</p><svg><a>x</a></svg><iframe src="https://x"></iframe>');
    expect(nodes).toEqual([{ name: 'p', attrs: { class: 'rich-p' }, children: [{ type: 'text', text: 'ok' }] }]);
  });

  it('keeps only http(s) and same-site links and images', () => {
    const nodes = htmlToNodes(
      '<a href="javascript:alert(1)">a</a><a href="//evil.example">b</a><a href="https://gov.example/x">c</a><img src="data:x"><img src="/files/1.png" onerror="x">',
    );
    expect(nodes).toEqual([
      { name: 'a', attrs: { class: 'rich-a' }, children: [{ type: 'text', text: 'a' }] },
      { name: 'a', attrs: { class: 'rich-a' }, children: [{ type: 'text', text: 'b' }] },
      {
        name: 'a',
        attrs: { class: 'rich-a', href: 'https://gov.example/x', target: '_blank', rel: 'noopener noreferrer' },
        children: [{ type: 'text', text: 'c' }],
      },
      { name: 'img', attrs: { class: 'rich-img', src: '/files/1.png' }, children: [] },
    ]);
  });

  it('unwraps unknown tags and survives unbalanced markup', () => {
    expect(htmlToNodes('<x-box><b>粗</x-box>后 a < b')).toEqual([
      { name: 'b', attrs: { class: 'rich-b' }, children: [{ type: 'text', text: '粗' }] },
      { type: 'text', text: '后 a < b' },
    ]);
  });

  it("re-encodes text for WeChat's rich-text, which decodes entities itself", () => {
    process.env.TARO_ENV = 'weapp';
    expect(htmlToNodes('a &amp;lt; b')).toEqual([{ type: 'text', text: 'a &amp;lt; b' }]);
  });

  it('lists the http(s) links of a body with their text, once each, for copying', () => {
    const nodes = htmlToNodes(
      '<p>详见<a href="https://www.linxi.gov.cn/zc/1.html">《实施细则》</a>和<a href="https://www.linxi.gov.cn/zc/1.html">同一链接</a>。</p>' +
        '<ul><li><a href="http://hrss.linxi.gov.cn/"><strong>人社局</strong>网站</a></li></ul><a href="/h5/">站内</a><a href="javascript:alert(1)">x</a>',
    );
    expect(linksIn(nodes)).toEqual([
      { href: 'https://www.linxi.gov.cn/zc/1.html', text: '《实施细则》' },
      { href: 'http://hrss.linxi.gov.cn/', text: '人社局网站' },
    ]);
    expect(linksIn(htmlToNodes('<p>没有链接</p>'))).toEqual([]);
  });
});
