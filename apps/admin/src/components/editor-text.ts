// The console's rich-text fields (replies, notices, interpretations) are typed as plain text with a few marks and
// stored as HTML; these two functions turn one into the other. Everything typed is escaped first, so only the tags
// below come out; the BFF sanitises whatever arrives anyway (docs/security.md §14).
//   a blank line           a new paragraph; a single line break stays one
//   **text**               bold
//   "## " before a block   a heading
//   "- " on every line     a list

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped text with **bold** and line breaks as HTML, for inside a paragraph, heading or list item. */
function inlineHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
  return escaped.replace(/\*\*([^*\n]+?)\*\*/g, '<strong>$1</strong>').replace(/\n/g, '<br>');
}

/** The editor's text as the HTML the BFF stores. */
export function editorTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      if (block.startsWith('## ')) return `<h4>${inlineHtml(block.slice(3).trim())}</h4>`;
      const lines = block.split('\n').map((line) => line.trim());
      if (lines.every((line) => /^[-*] /.test(line))) return `<ul>${lines.map((line) => `<li>${inlineHtml(line.slice(2).trim())}</li>`).join('')}</ul>`;
      return `<p>${inlineHtml(block)}</p>`;
    })
    .join('');
}

/** Stored HTML back as editor text, for editing again: the inverse of editorTextToHtml for what it writes. */
export function htmlToEditorText(html: string): string {
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
  return [...document.body.childNodes]
    .map((node) => {
      if (node.nodeType !== Node.ELEMENT_NODE) return (node.textContent ?? '').trim();
      const element = node as Element;
      if (/^H[1-6]$/.test(element.tagName)) return `## ${inline(element).trim()}`;
      if (element.tagName === 'UL' || element.tagName === 'OL') return [...element.children].map((li) => `- ${inline(li).trim()}`).join('\n');
      return inline(element).trim();
    })
    .filter(Boolean)
    .join('\n\n');
}
