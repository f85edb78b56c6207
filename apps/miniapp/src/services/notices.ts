import type { NoticeView, UnitNoticesView } from '@weimin/contracts';
import { request } from './http';

/** A unit's three sections (便民公告, 公共服务, 公开制度) with their published notices. No toast: the unit page shows the error in place. */
export function getUnitNotices(agencyId: number): Promise<UnitNoticesView> {
  return request<UnitNoticesView>(`/agencies/${agencyId}/notices`, { silent: true });
}

export function getNotice(id: number): Promise<NoticeView> {
  return request<NoticeView>(`/notices/${id}`);
}
