/**
 * 小程序码 (issue 16): the console downloads one for a published interpretation, unit or notice. Every code opens the
 * home page with a short `scene` (WeChat allows 32 characters), which the home page reads and follows to the item.
 */
export type WxacodeKind = 'interpretation' | 'unit' | 'notice';

/** The page WeChat opens for every code: it reads `scene` and goes on to the item's own page. */
export const WXACODE_ENTRY_PAGE = 'pages/home/index';

/** The mini-program page of each kind, opened with `?id=`. */
export const WXACODE_TARGET_PAGES: Record<WxacodeKind, string> = {
  interpretation: '/packages/policy/pages/detail/index',
  unit: '/packages/units/pages/detail/index',
  notice: '/packages/units/pages/notice/index',
};

const SCENE_KEYS: Record<WxacodeKind, string> = { interpretation: 'i', unit: 'u', notice: 'n' };
const SCENE = /^([iun])=([1-9]\d{0,9})$/;

/** The scene of one item's code, e.g. `i=123`: at most 12 characters, well within WeChat's 32. */
export function wxacodeScene(kind: WxacodeKind, id: number): string {
  return `${SCENE_KEYS[kind]}=${id}`;
}

/**
 * Which item a scene names, or null when it names none (absent, mangled, or from some other code). WeChat hands the
 * page the scene URL-encoded (`i%3D123`); a plain one is read as well.
 */
export function parseWxacodeScene(scene: string | undefined | null): { kind: WxacodeKind; id: number } | null {
  if (!scene) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(scene);
  } catch {
    return null;
  }
  const match = SCENE.exec(decoded);
  if (!match) return null;
  const kind = (Object.keys(SCENE_KEYS) as WxacodeKind[]).find((k) => SCENE_KEYS[k] === match[1])!;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? { kind, id } : null;
}

/** The mini-program URL a scene leads to, or null. */
export function wxacodeTargetUrl(scene: string | undefined | null): string | null {
  const item = parseWxacodeScene(scene);
  return item && `${WXACODE_TARGET_PAGES[item.kind]}?id=${item.id}`;
}
