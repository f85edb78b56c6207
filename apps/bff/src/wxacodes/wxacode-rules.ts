import { ErrorCode, WXACODE_ENTRY_PAGE, type WxacodeKind, wxacodeScene } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';

/** Whether an item exists, and whether the public can open it now. */
export type SubjectState = 'missing' | 'not_public' | 'public';

const WHAT: Record<WxacodeKind, string> = { interpretation: '政策解读', unit: '公共企事业单位', notice: '公告' };

/** A code is drawn only for what anyone may open: a missing item is 404, a draft or withdrawn one is refused too. */
export function assertCodeAllowed(kind: WxacodeKind, state: SubjectState): void {
  if (state === 'missing') throw DomainException.notFound(WHAT[kind]);
  if (state === 'not_public') throw new DomainException(ErrorCode.WxacodeNotPublished, `该${WHAT[kind]}未发布或已撤回，不能生成小程序码`);
}

/** What WeChat is asked to draw for one item: the home page, which reads the scene and opens the item. */
export function wxacodeRequest(kind: WxacodeKind, id: number): { scene: string; page: string } {
  return { scene: wxacodeScene(kind, id), page: WXACODE_ENTRY_PAGE };
}

/** The download's file name, e.g. `wxacode-interpretation-12.png`. */
export function wxacodeFileName(kind: WxacodeKind, id: number): string {
  return `wxacode-${kind}-${id}.png`;
}
