import sanitizeHtml from 'sanitize-html';

/**
 * docs/security.md §14: staff-written rich text (replies; later notices and interpretations) is cleaned on write with
 * sanitize-html's allow-list. What survives: paragraphs, emphasis, lists, headings, quotes, simple tables and
 * http(s)/mailto links. No script, no on* attribute, no style, no javascript: URL.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ol', 'ul', 'li', 'h3', 'h4', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Links open apart from the console and the mini-program, without handing them a window reference.
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^(https?:|mailto:)/i.test(attribs.href ?? '') ? { ...attribs, rel: 'noopener noreferrer', target: '_blank' } : {},
    }),
  },
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, { ...OPTIONS, allowedAttributes: { a: ['href', 'title', 'rel', 'target'] } }).trim();
}

/** Plain text of sanitised HTML, for checks such as "the reply is not empty". */
export function textOf(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .trim();
}
