import type { EntityManager } from 'typeorm';
import { scrubPublicText } from '../common/privacy/scrub';
import { type TermCutter, termWeights } from '../interpretations/interpretation-search';
import { MessageTerm } from './message-term.entity';

/**
 * Writes a message's board search terms: its title and content as the public board shows them, scrubbed of the author's
 * name and of phone numbers first, so searching the board finds nothing the board itself hides. Weighted like
 * interpretations (a title word counts most, a repeated body word only so often).
 *
 * `replace` deletes any terms the message has first. A message stored in the same transaction has none, and must not
 * ask: on MySQL that DELETE of absent rows locks the gap at the end of the index, a lock every concurrent submission
 * shares, and their inserts into that gap then deadlock one another (seen as one post in seven refused under load).
 */
export async function indexMessage(
  manager: EntityManager,
  cutter: TermCutter,
  message: { id: number; title: string; content: string },
  authorName: string | null,
  { replace }: { replace: boolean },
): Promise<void> {
  if (replace) await manager.delete(MessageTerm, { messageId: message.id });
  const weights = boardTermWeights(cutter, message, authorName);
  const rows = [...weights].map(([term, weight]) => ({ term, messageId: message.id, weight }));
  // Chunks keep each statement within SQLite's and MySQL's parameter limits.
  for (let i = 0; i < rows.length; i += 200) await manager.insert(MessageTerm, rows.slice(i, i + 200));
}

/** A message's board search terms and their weights, cut from its text as the board shows it. */
export function boardTermWeights(cutter: TermCutter, message: { title: string; content: string }, authorName: string | null): Map<string, number> {
  return termWeights(cutter, { title: scrubPublicText(message.title, authorName), summary: '', body: scrubPublicText(message.content, authorName) });
}
