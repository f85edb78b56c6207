import Taro from '@tarojs/taro';
import type { CitizenSessionView } from '@weimin/contracts';
import { request } from './http';
import { randomHex } from './random';

// H5 (browsers, development and tests). The WeChat build signs in with citizen-login.weapp.ts.

const DEV_USER_KEY = 'weimin.citizen.devUser';

/**
 * A browser has no WeChat identity: it signs in as a made-up citizen, kept in storage so the same browser stays the
 * same citizen. The BFF allows this only with CITIZEN_DEV_LOGIN=true, which production refuses.
 */
export function createSession(): Promise<CitizenSessionView> {
  return request<CitizenSessionView>('/citizen/session/dev', { method: 'POST', body: { devUser: devUser() }, silent: true });
}

function devUser(): string {
  const stored: unknown = Taro.getStorageSync(DEV_USER_KEY);
  if (typeof stored === 'string' && stored) return stored;
  const created = `h5-${randomHex(12)}`;
  Taro.setStorageSync(DEV_USER_KEY, created);
  return created;
}
