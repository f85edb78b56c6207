import type { ObjectLiteral } from 'typeorm';

/**
 * The escape character of every LIKE: `!` needs no quoting in SQLite or MySQL string literals (a backslash is one
 * character in SQLite's '\' but must be written '\\' in MySQL's), and SQLite has no default escape at all.
 */
const ESCAPE = '!';

/** `text` as a LIKE pattern matching it anywhere: `%`, `_` and the escape character stand for themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `${ESCAPE}${c}`)}%`;
}

/**
 * A condition for a query builder: `column` contains `text` as typed, on SQLite and MySQL alike, e.g.
 * `builder.andWhere(...containsText('account.username', 'q', query.q))`. Conditions sharing `parameter` share its value.
 */
export function containsText(column: string, parameter: string, text: string): [string, ObjectLiteral] {
  return [`${column} LIKE :${parameter} ESCAPE '${ESCAPE}'`, { [parameter]: containsPattern(text) }];
}
