import type { RichTextProps } from '@tarojs/components';

/**
 * Turns the server's sanitised HTML (replies, docs/security.md §14) into rich-text nodes through a second, client-side allow-list:
 * no innerHTML on any platform, unknown tags unwrapped to their text, script-like tags dropped with their content,
 * and only the attributes below kept.
 */
export type RichNode = RichTextProps.Text | RichTextProps.HTMLElement;

const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'div',
  'span',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'hr',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
/** Dropped together with everything inside them. */
const DROPPED_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'title', 'head', 'svg', 'math']);
const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'area', 'base', 'wbr', 'source']);
const SAFE_URL = /^(https?:\/\/|\/(?!\/))/i;
const MAX_DEPTH = 32;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  hellip: '…',
  middot: '·',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** WeChat's rich-text decodes entities in text nodes again; Taro's H5 one inserts the text as it is. */
function textNode(decoded: string): RichTextProps.Text {
  const text = process.env.TARO_ENV === 'h5' ? decoded : decoded.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return { type: 'text', text };
}

function allowedAttrs(tag: string, raw: Record<string, string>): Record<string, string> {
  const attrs: Record<string, string> = { class: `rich-${tag}` };
  if (tag === 'a' && SAFE_URL.test(raw.href ?? '')) {
    attrs.href = raw.href;
    attrs.target = '_blank';
    attrs.rel = 'noopener noreferrer';
  }
  if (tag === 'img') {
    if (!SAFE_URL.test(raw.src ?? '')) return {};
    attrs.src = raw.src;
    if (raw.alt) attrs.alt = raw.alt;
  }
  if ((tag === 'td' || tag === 'th') && /^\d{1,2}$/.test(raw.colspan ?? '')) attrs.colspan = raw.colspan;
  if ((tag === 'td' || tag === 'th') && /^\d{1,2}$/.test(raw.rowspan ?? '')) attrs.rowspan = raw.rowspan;
  return attrs;
}

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    attrs[match[1].toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

interface OpenElement {
  tag: string;
  /** Null for an unwrapped (not allowed) tag: its children go to the nearest kept ancestor. */
  node: RichTextProps.HTMLElement | null;
}

export function htmlToNodes(html: string): RichNode[] {
  const root: RichNode[] = [];
  const stack: OpenElement[] = [];
  const childrenOf = (): RichNode[] => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const node = stack[i].node;
      if (node) return node.children as RichNode[];
    }
    return root;
  };
  const tokens =
    /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
  let position = 0;
  let dropping: string | null = null;

  const addText = (raw: string) => {
    if (dropping || !raw) return;
    childrenOf().push(textNode(decodeEntities(raw)));
  };

  for (let match = tokens.exec(html); match; match = tokens.exec(html)) {
    addText(html.slice(position, match.index));
    position = tokens.lastIndex;
    const [, closing, opening, attrSource = '', selfClosing] = match;
    if (closing) {
      const tag = closing.toLowerCase();
      if (dropping) {
        if (tag === dropping) dropping = null;
        continue;
      }
      const index = stack.map((open) => open.tag).lastIndexOf(tag);
      if (index >= 0) stack.length = index;
      continue;
    }
    if (!opening || dropping) continue;
    const tag = opening.toLowerCase();
    if (DROPPED_TAGS.has(tag)) {
      if (!selfClosing && !VOID_TAGS.has(tag)) dropping = tag;
      continue;
    }
    const isVoid = VOID_TAGS.has(tag) || selfClosing === '/';
    const keep = ALLOWED_TAGS.has(tag) && stack.length < MAX_DEPTH;
    const attrs = keep ? allowedAttrs(tag, parseAttributes(attrSource)) : {};
    const node: RichTextProps.HTMLElement | null = keep && !(tag === 'img' && !attrs.src) ? { name: tag, attrs, children: [] } : null;
    if (node) childrenOf().push(node);
    if (!isVoid) stack.push({ tag, node });
  }
  addText(html.slice(position));
  return root;
}

/** Text of a node tree as the reader sees it. */
function plainText(nodes: RichNode[]): string {
  return nodes
    .map((node) => ('text' in node && node.type === 'text' ? node.text : 'children' in node ? plainText((node.children ?? []) as RichNode[]) : ''))
    .join('');
}

/**
 * The links of a body (kept ones only: http(s) or same-site), with their text, in order and without repeats.
 * WeChat's rich-text cannot open a link, so the body offers them to copy.
 */
export function linksIn(nodes: RichNode[]): Array<{ href: string; text: string }> {
  const links: Array<{ href: string; text: string }> = [];
  const visit = (list: RichNode[]) => {
    for (const node of list) {
      if ('name' in node) {
        const href = (node.attrs as Record<string, string> | undefined)?.href;
        if (node.name === 'a' && href && /^https?:\/\//i.test(href) && !links.some((link) => link.href === href)) {
          links.push({ href, text: plainText((node.children ?? []) as RichNode[]).trim() });
        }
        visit((node.children ?? []) as RichNode[]);
      }
    }
  };
  visit(nodes);
  return links;
}
