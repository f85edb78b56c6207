/**
 * A stored notice body (sanitised HTML) as the editor's plain text, the inverse of replyTextToHtml for what that
 * writes: paragraphs become blank-line separated, <strong>/<b> become **…**, <br> a line break; list items (from
 * older or imported notices) become lines starting with "· ". Saving writes it back through replyTextToHtml.
 */
export function noticeHtmlToText(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const blocks: string[] = [];
  for (const node of Array.from(body.childNodes)) {
    if (node instanceof HTMLElement && (node.tagName === 'UL' || node.tagName === 'OL')) {
      blocks.push(Array.from(node.querySelectorAll('li')).map((item) => `· ${inline(item)}`).join('\n'));
    } else {
      const text = node instanceof HTMLElement ? inline(node) : (node.textContent ?? '');
      if (text.trim()) blocks.push(text.trim());
    }
  }
  return blocks.join('\n\n');
}

function inline(element: HTMLElement): string {
  return Array.from(element.childNodes)
    .map((child) => {
      if (!(child instanceof HTMLElement)) return child.textContent ?? '';
      if (child.tagName === 'BR') return '\n';
      if (child.tagName === 'STRONG' || child.tagName === 'B') return `**${child.textContent ?? ''}**`;
      return inline(child);
    })
    .join('');
}
