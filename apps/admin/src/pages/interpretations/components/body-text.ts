import { replyTextToHtml } from '../../messages/components/reply-html';

/**
 * The interpretation editor's text as HTML, extending the reply editor's rules (blank line = new paragraph,
 * **bold**): a block starting with "## " is a heading, a block whose lines all start with "- " is a list.
 * Everything typed is escaped by replyTextToHtml; the BFF sanitises whatever arrives anyway (SECURITY.md 14).
 */
export function bodyTextToHtml(text: string): string {
  const inline = (line: string) => replyTextToHtml(line).replace(/^<p>|<\/p>$/g, '');
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      if (block.startsWith('## ')) return `<h4>${inline(block.slice(3).trim())}</h4>`;
      const lines = block.split('\n').map((line) => line.trim());
      if (lines.every((line) => /^[-*] /.test(line))) return `<ul>${lines.map((line) => `<li>${inline(line.slice(2).trim())}</li>`).join('')}</ul>`;
      return replyTextToHtml(block);
    })
    .join('');
}

/** The stored HTML back as editor text (for reworking a draft); the inverse of bodyTextToHtml for what it writes. */
export function bodyHtmlToText(html: string): string {
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const inline = (node: Node): string =>
    [...node.childNodes]
      .map((child) => {
        if (child.nodeType === Node.TEXT_NODE) return child.textContent ?? '';
        const element = child as Element;
        if (element.tagName === 'BR') return '\n';
        if (element.tagName === 'STRONG' || element.tagName === 'B') return `**${inline(element)}**`;
        return inline(element);
      })
      .join('');
  return [...document.body.children]
    .map((element) => {
      if (/^H[1-6]$/.test(element.tagName)) return `## ${inline(element).trim()}`;
      if (element.tagName === 'UL' || element.tagName === 'OL') return [...element.children].map((li) => `- ${inline(li).trim()}`).join('\n');
      return inline(element).trim();
    })
    .filter(Boolean)
    .join('\n\n');
}
