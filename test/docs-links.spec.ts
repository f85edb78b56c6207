// The documentation a person gets with a clone: every relative link in README.md and docs/*.md leads to a file of
// this repository, and to a heading of it when the link names one; and code cites docs/, never documents that live
// outside the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const root = resolve(__dirname, '..');
const markdown = new MarkdownIt();

/** Tracked files, as a clone has them (untracked files on a developer's machine prove nothing). */
const tracked: string[] = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
const trackedFiles = new Set(tracked);
const trackedDirs = new Set(
  tracked.flatMap((file) =>
    file
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
  ),
);

const documents = [
  'README.md',
  ...(existsSync(join(root, 'docs')) ? readdirSync(join(root, 'docs')) : []).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
];

interface Link {
  from: string;
  href: string;
}

function linksOf(file: string): Link[] {
  const hrefs: string[] = [];
  const visit = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'link_open') hrefs.push(token.attrGet('href') ?? '');
      if (token.type === 'image') hrefs.push(token.attrGet('src') ?? '');
      if (token.children) visit(token.children);
    }
  };
  visit(markdown.parse(readFileSync(join(root, file), 'utf8'), {}));
  return hrefs.map((href) => ({ from: file, href }));
}

/** The anchors GitHub gives a Markdown file's headings (github-slugger is the algorithm GitHub's renderer uses). */
function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const tokens = markdown.parse(readFileSync(join(root, file), 'utf8'), {});
  const anchors = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const text = (tokens[i + 1].children ?? []).map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : '')).join('');
    anchors.add(slugger.slug(text));
  });
  return anchors;
}

/** What is wrong with one link, or null. Links with a scheme (https:, mailto:) leave the repository and are not checked. */
function problemOf({ from, href }: Link): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  const [path, anchor] = href.split('#', 2);
  const target = path === '' ? from : posix.normalize(posix.join(posix.dirname(from), decodeURI(path))).replace(/\/$/, '');
  if (target.startsWith('..') || target === '.') return `${from}: ${href} points outside the repository`;
  if (!trackedFiles.has(target) && !trackedDirs.has(target)) return `${from}: ${href} names no file of the repository`;
  if (anchor && target.endsWith('.md') && !anchorsOf(target).has(decodeURI(anchor))) return `${from}: ${href} names no heading of ${target}`;
  return null;
}

describe('documentation links', () => {
  it('has the four documents a clone needs', () => {
    expect(documents).toEqual(expect.arrayContaining(['docs/domain.md', 'docs/security.md', 'docs/architecture.md', 'docs/operations.md']));
  });

  it('resolves every relative link in README.md and docs/ to a file of the repository, and every anchor to a heading', () => {
    const links = documents.flatMap(linksOf);
    expect(links.length).toBeGreaterThan(20);
    expect(links.map(problemOf).filter(Boolean)).toEqual([]);
  });

  it('notices a dead link, a link out of the repository and a wrong anchor', () => {
    expect(problemOf({ from: 'README.md', href: 'docs/nothing-here.md' })).toMatch(/names no file/);
    expect(problemOf({ from: 'README.md', href: '../elsewhere/DOMAIN.md' })).toMatch(/outside the repository/);
    expect(problemOf({ from: 'docs/domain.md', href: 'security.md#no-such-heading' })).toMatch(/names no heading/);
    expect(problemOf({ from: 'docs/domain.md', href: '../config/default.env' })).toBeNull();
  });
});

describe('citations', () => {
  const outside = /\.\.\/shared|\b(SECURITY|DOMAIN|STYLE)\.md/;
  // This file names what it looks for, so it is left out.
  const scanned = tracked.filter(
    (file) => (/^(apps|libs|test|docs|config|scripts|bench)\//.test(file) || file === 'README.md') && file !== 'test/docs-links.spec.ts',
  );

  it('cites docs/ only: no tracked file refers to the folder beside the repository or to SECURITY.md, DOMAIN.md or STYLE.md', () => {
    const offenders = scanned.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (outside.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it.each(['security', 'domain'])('cites only sections docs/%s.md has', (name) => {
    const sections = new Set([...readFileSync(join(root, `docs/${name}.md`), 'utf8').matchAll(/^#+ §(\d+) /gm)].map((m) => m[1]));
    const citation = new RegExp(`docs/${name}\\.md (§\\d+(?:(?:, | and |–)§\\d+)*)`, 'g');
    const cited = scanned.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(citation)].flatMap((m) => [...m[1].matchAll(/§(\d+)/g)].map((n) => ({ file, section: n[1] }))),
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter(({ section }) => !sections.has(section))).toEqual([]);
  });
});

/** The titles given to describe, it and test (with .each, .only or .skip) in a test file, whitespace collapsed. */
function testTitlesOf(source: string): string[] {
  const call =
    /\b(?:describe|it|test)(?:\.each(?:<[^(]*>)?\s*(?:\([\s\S]*?\)|`[\s\S]*?`))?(?:\.(?:only|skip|concurrent))?\s*\(\s*(['"`])((?:\\.|(?!\1)[\s\S])*?)\1/g;
  return [...source.matchAll(call)].map((m) => m[2].replace(/\\(.)/g, '$1').replace(/\s+/g, ' '));
}

/**
 * Test names a document quotes that its test file does not have. A test is cited as `path/to/file.spec.ts` › "name",
 * "name"; a "…" in a name stands for any text (a describe's `(${TEST_DB})`, say). The list after a path ends at a `;`
 * or at the end of a sentence outside quotes.
 */
function missingTestNames(document: string, text: string, titlesOf: (file: string) => string[] | null): string[] {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const paths = [...flat.matchAll(/`([\w./-]+\.(?:spec|e2e-spec|mysql-spec|browser-spec|check-spec)\.ts)`/g)];
  return paths.flatMap((path, i) => {
    const file = path[1];
    const rest = flat.slice(path.index + path[0].length, i + 1 < paths.length ? paths[i + 1].index : undefined);
    if (!/^\s*›/.test(rest)) return [];
    const titles = titlesOf(file);
    if (titles === null) return [`${document}: ${file} is not a test file of the repository`];
    let quoted = false;
    let end = rest.length;
    for (let k = 0; k < rest.length; k++) {
      if (rest[k] === '"') quoted = !quoted;
      else if (!quoted && (rest[k] === ';' || (rest[k] === '.' && rest[k + 1] === ' '))) {
        end = k;
        break;
      }
    }
    const names = [...rest.slice(0, end).matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    return names
      .filter((name) => {
        const pattern = new RegExp(
          `^${name
            .split('…')
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`,
        );
        return !titles.some((title) => pattern.test(title));
      })
      .map((name) => `${document}: ${file} has no test named "${name}"`);
  });
}

describe('test names', () => {
  const titlesOf = (file: string): string[] | null => (trackedFiles.has(file) ? testTitlesOf(readFileSync(join(root, file), 'utf8')) : null);

  it('finds every test name README.md and docs/ quote in the file they name', () => {
    const problems = documents.flatMap((document) => missingTestNames(document, readFileSync(join(root, document), 'utf8'), titlesOf));
    expect(problems).toEqual([]);
  });

  it('notices a test name that is not there, and a file that is not', () => {
    const titles = (file: string): string[] | null => (file === 'a.spec.ts' ? ['sums (${TEST_DB})', 'adds %i and %i'] : null);
    expect(missingTestNames('x.md', 'Tests: `a.spec.ts` › "sums (…)" › "adds %i and %i"; nothing else.', titles)).toEqual([]);
    expect(missingTestNames('x.md', 'Tests: `a.spec.ts` › "subtracts", "adds %i and\n%i".', titles)).toEqual(['x.md: a.spec.ts has no test named "subtracts"']);
    expect(missingTestNames('x.md', 'Tests: `b.spec.ts` › "anything".', titles)).toEqual(['x.md: b.spec.ts is not a test file of the repository']);
  });
});
