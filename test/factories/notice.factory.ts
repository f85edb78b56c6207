import type { CreateNoticeRequest, Industry, StaffNoticeView } from '@weimin/contracts';
import type { TestApp } from '../support/api-app';
import { createAccount, signIn, type StaffSession } from './staff.factory';

let sequence = 0;

/** A new public enterprise through the admin API, with one staff member signed in. */
export async function createUnit(
  t: TestApp,
  admin: StaffSession,
  industry: Industry = 'water_supply',
): Promise<{ id: number; name: string; staff: StaffSession }> {
  sequence += 1;
  const code = `pe-test-${sequence}-${Date.now().toString(36)}`;
  const name = `测试单位${sequence}号${industry === 'water_supply' ? '水务' : '服务'}公司`;
  const created = await admin.request('/api/admin/agencies', { method: 'POST', json: { code, name, kind: 'public_enterprise', industry } });
  if (created.status !== 201) throw new Error(`unit creation failed: ${created.status} ${JSON.stringify(created.body)}`);
  const account = await createAccount(admin, created.body.id, ['agency_staff']);
  return { id: created.body.id, name, staff: await signIn(t, account.username, account.password) };
}

export function noticeRequest(overrides: Partial<CreateNoticeRequest> = {}): CreateNoticeRequest {
  return {
    section: 'announcements',
    title: '计划停水通知',
    bodyHtml: '<p>因管网改造，<strong>城北片区</strong>停水一天。</p>',
    ...overrides,
  };
}

export async function publishNotice(staff: StaffSession, overrides: Partial<CreateNoticeRequest> = {}): Promise<StaffNoticeView> {
  const response = await staff.request('/api/admin/notices', { method: 'POST', json: noticeRequest(overrides) });
  if (response.status !== 201) throw new Error(`publishing failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
