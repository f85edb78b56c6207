import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/**
 * Chinese word segmentation (@node-rs/jieba): one dictionary load per process, shared by routing and, later, search.
 * Extra words (routing keywords, agency-specific terms) are added so they come out whole.
 */
export class Segmenter {
  private readonly jieba = Jieba.withDict(dict);
  private readonly known = new Set<string>();

  addWords(words: Iterable<string>): void {
    const fresh = [...words].map((w) => w.trim()).filter((w) => w && !this.known.has(w));
    if (fresh.length === 0) return;
    fresh.forEach((w) => this.known.add(w));
    // jieba's dictionary format: word, frequency, part of speech. A high frequency keeps the word whole.
    this.jieba.loadDict(Buffer.from(fresh.map((w) => `${w} 100000 n`).join('\n')));
  }

  /** Search-mode tokens: long words and their parts, for matching. */
  tokens(text: string): string[] {
    return this.jieba
      .cutForSearch(text, true)
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean);
  }
}
