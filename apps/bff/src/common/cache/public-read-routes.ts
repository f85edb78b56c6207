/**
 * Which public reads the BFF caches, and which writes drop what. Topics name the data a read shows; a write publishes
 * the topics of the data it changes (docs/architecture.md, "Public-read cache"). Every read also shows agencies' names,
 * so an agency write drops everything.
 */
export const ALL_TOPICS = ['stages', 'interpretations', 'board', 'notices', 'agencies', 'reports', 'solicitations', 'interviews'] as const;
export type CacheTopic = (typeof ALL_TOPICS)[number];

/** Route pattern (as Fastify names it) → the topics its answer depends on. Only public GET routes belong here. */
export const CACHED_READS: Readonly<Record<string, readonly CacheTopic[]>> = {
  '/api/stages': ['stages'],
  '/api/agencies': ['agencies'],
  '/api/agencies/:id': ['agencies'],
  '/api/interpretations': ['interpretations', 'agencies'],
  '/api/interpretations/search': ['interpretations', 'agencies'],
  '/api/interpretations/:id': ['interpretations', 'agencies'],
  '/api/board': ['board', 'agencies'],
  '/api/board/:id': ['board', 'agencies'],
  '/api/agencies/:id/notices': ['notices', 'agencies'],
  '/api/notices/:id': ['notices', 'agencies'],
  '/api/reports/annual': ['reports'],
  '/api/reports/annual/:id': ['reports'],
  // An open one reads as closed once its period ends: a cached answer says so within the cache's few seconds.
  '/api/solicitations': ['solicitations', 'agencies'],
  '/api/solicitations/:id': ['solicitations', 'agencies'],
  '/api/interviews': ['interviews', 'agencies'],
  '/api/interviews/:id': ['interviews', 'agencies'],
  '/api/interviews/:id/transcript': ['interviews'],
  // From the configuration alone: nothing written through the API changes it.
  '/api/messages/deadlines': [],
};

/**
 * A field a route's ETag leaves out: it may move while the content stays the same, and a client holding the content
 * needs no new copy for it (an interpretation's view count).
 */
/**
 * Routes whose ETag is strong: the 在线访谈 transcript is polled every few seconds, often through proxies, and a strong
 * validator is one every cache along the way may use. A compressed answer's tag names its coding (RFC 9110 §8.8.3);
 * If-None-Match compares the content's tag, so a client holding any coding of the same content hears 304.
 */
export const STRONG_ETAG_ROUTES: ReadonlySet<string> = new Set(['/api/interviews/:id/transcript']);

export const ETAG_LEAVES_OUT: Readonly<Record<string, string>> = { '/api/interpretations/:id': 'views' };

/** Writes that change nothing a public read shows. */
const PRIVATE_WRITES: readonly RegExp[] = [
  /^\/api\/staff\//,
  /^\/api\/admin\/accounts(\/|$)/,
  /^\/api\/citizen\//,
  /^\/api\/messages$/, // a new message is on the board only once answered
  /^\/api\/disclosure\//,
  /^\/api\/admin\/disclosure\//,
  /^\/api\/admin\/outbox\//,
  /^\/api\/admin\/routing-rules(\/|$)/,
  /^\/api\/interviews\/:id\/questions$/, // a question is public only once the host publishes it
];

const WRITE_TOPICS: readonly [RegExp, readonly CacheTopic[]][] = [
  [/^\/api\/admin\/notices(\/|$)/, ['notices']],
  [/^\/api\/admin\/(interpretations|policy-documents)(\/|$)/, ['interpretations']],
  [/^\/api\/interpretations\/:id\/feedback$/, ['interpretations']],
  [/^\/api\/admin\/messages(\/|$)/, ['board']],
  [/^\/api\/messages\/mine\/:id\/rating$/, ['board']],
  [/^\/api\/admin\/reports\/annual\/:year\/publish$/, ['reports']],
  [/^\/api\/admin\/solicitations(\/|$)/, ['solicitations']],
  [/^\/api\/solicitations\/:id\/opinions$/, ['solicitations']],
  // Ending an interview (or showing a question after it) writes messages too, but none is on the board before it is
  // answered.
  [/^\/api\/admin\/interview(s|-questions)(\/|$)/, ['interviews']],
];

/**
 * The topics a successful write to `route` (a Fastify route pattern) changes. A write this table does not know drops
 * every topic: a new write route is correct before it is tuned.
 */
export function topicsOfWrite(route: string): readonly CacheTopic[] {
  if (PRIVATE_WRITES.some((pattern) => pattern.test(route))) return [];
  return WRITE_TOPICS.find(([pattern]) => pattern.test(route))?.[1] ?? ALL_TOPICS;
}
