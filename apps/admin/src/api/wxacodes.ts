import type { WxacodeKind } from '@weimin/contracts';
import { download } from './client';

const PATHS: Record<WxacodeKind, string> = { interpretation: '/admin/interpretations', unit: '/admin/agencies', notice: '/admin/notices' };

/** 小程序码 (PNG) of a published interpretation, unit or notice, for posters and 公众号 menus (issue 16). */
export function downloadWxacode(kind: WxacodeKind, id: number): Promise<{ blob: Blob; filename: string | null }> {
  return download(`${PATHS[kind]}/${id}/wxacode`);
}
