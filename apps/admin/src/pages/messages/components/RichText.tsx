import { Typography } from 'antd';

/**
 * Rich text the BFF sanitised on write (SECURITY.md 14: an allow-list of paragraphs, emphasis, lists, tables and
 * http(s) links, no scripts, handlers or styles), or the reply editor's own escaped output. Rendering it as HTML is
 * the design; nothing else may be passed here.
 */
export function RichText({ html }: { html: string }) {
  return <Typography style={{ overflowWrap: 'anywhere' }} dangerouslySetInnerHTML={{ __html: html }} />;
}
