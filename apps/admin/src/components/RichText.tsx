import { Typography, theme } from 'antd';

/**
 * Rich text the BFF sanitised on write (docs/security.md §14: an allow-list of paragraphs, emphasis, lists, tables and
 * http(s) links, no scripts, handlers or styles), or the editor's own escaped output (components/editor-text.ts).
 * Rendering it as HTML is the design; nothing else may be passed here.
 */
export function RichText({ html }: { html: string }) {
  return <Typography style={{ overflowWrap: 'anywhere' }} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** What an editor's text will look like once saved, in a dashed box; `placeholder` while nothing is typed. */
export function RichTextPreview({ html, placeholder }: { html: string; placeholder: string }) {
  const { token } = theme.useToken();
  return (
    <div style={{ minHeight: 48, padding: '8px 12px', border: `1px dashed ${token.colorBorder}`, borderRadius: token.borderRadius }}>
      {html ? <RichText html={html} /> : <Typography.Text type="secondary">{placeholder}</Typography.Text>}
    </div>
  );
}
