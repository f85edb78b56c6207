const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The reply editor's text as the HTML the BFF stores: a blank line starts a new paragraph, a line break stays one,
 * and **text** between double asterisks is bold. Everything typed is escaped first, so only these tags come out;
 * the BFF sanitises whatever arrives anyway (SECURITY.md 14).
 */
export function replyTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => {
      const escaped = paragraph.replace(/[&<>"']/g, (character) => ESCAPES[character]);
      return `<p>${escaped.replace(/\*\*([^*\n]+?)\*\*/g, '<strong>$1</strong>').replace(/\n/g, '<br>')}</p>`;
    })
    .join('');
}
