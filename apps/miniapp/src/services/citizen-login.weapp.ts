import Taro from '@tarojs/taro';
import type { CitizenSessionView } from '@weimin/contracts';
import { ApiError, request } from './http';

/** A wx.login code, which the BFF exchanges for the openid; the openid and session_key never reach the client (docs/security.md §1). */
export async function createSession(): Promise<CitizenSessionView> {
  const code = await Taro.login().then(
    (result) => result.code,
    () => undefined,
  );
  if (!code) throw new ApiError(0, 'NETWORK', '微信登录失败，请稍后重试');
  return request<CitizenSessionView>('/citizen/session', { method: 'POST', body: { code }, silent: true });
}
