import type { BoardMessageExcerpt, BoardMessageView } from '@weimin/contracts';

/**
 * A board row for lists: the first `length` characters of the content (an emoji counts as one), cut from the view
 * that has already been scrubbed, so an excerpt never shows more than the full message would. The reply and the photos
 * are the detail's.
 */
export function toBoardExcerpt(view: BoardMessageView, length: number): BoardMessageExcerpt {
  const { content, replyHtml: _reply, images: _images, ...rest } = view;
  const characters = Array.from(content.replace(/\s+/g, ' ').trim());
  const truncated = characters.length > length;
  return { ...rest, excerpt: truncated ? `${characters.slice(0, length).join('').trimEnd()}…` : characters.join(''), truncated };
}
