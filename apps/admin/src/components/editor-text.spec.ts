import { editorTextToHtml } from './editor-text';

describe('editorTextToHtml', () => {
  it('makes paragraphs of blank-line separated blocks and keeps single line breaks', () => {
    expect(editorTextToHtml('您好：\n\n第一行\n第二行')).toBe('<p>您好：</p><p>第一行<br>第二行</p>');
    expect(editorTextToHtml('甲\r\n\r\n乙')).toBe('<p>甲</p><p>乙</p>');
    // A line of only spaces (also the full-width one Chinese input methods type) still separates paragraphs.
    expect(editorTextToHtml('甲\n \u3000\n乙')).toBe('<p>甲</p><p>乙</p>');
    expect(editorTextToHtml('\n\n  \n')).toBe('');
  });

  it('turns **text** into bold, ## blocks into headings and all-dash blocks into lists', () => {
    expect(editorTextToHtml('请拨打 **12345** 热线')).toBe('<p>请拨打 <strong>12345</strong> 热线</p>');
    expect(editorTextToHtml('## 申领条件\n\n- 毕业五年内\n- 在本市缴纳**社保**')).toBe(
      '<h4>申领条件</h4><ul><li>毕业五年内</li><li>在本市缴纳<strong>社保</strong></li></ul>',
    );
    // One line without a dash keeps the block a paragraph.
    expect(editorTextToHtml('- 第一项\n说明')).toBe('<p>- 第一项<br>说明</p>');
  });

  it('escapes whatever markup was typed, so only its own tags come out', () => {
    expect(editorTextToHtml('<img src=x onerror=alert(1)> & "引号"')).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;引号&quot;</p>');
    expect(editorTextToHtml('## <script>alert(1)</script>')).toBe('<h4>&lt;script&gt;alert(1)&lt;/script&gt;</h4>');
  });
});
