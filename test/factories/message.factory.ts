import { randomUUID } from 'node:crypto';
import type { CreateMessageRequest, MyMessageView } from '@weimin/contracts';
import type { TestApp, TestResponse } from '../support/api-app';

/** A signed-in citizen (development login) and a request function that sends their bearer token. */
export interface CitizenSession {
  id: number;
  token: string;
  request: (path: string, init?: RequestInit & { json?: unknown }) => Promise<TestResponse>;
}

export async function citizenSignIn(t: TestApp, devUser = `citizen-${randomUUID().slice(0, 8)}`): Promise<CitizenSession> {
  const response = await t.request('/api/citizen/session/dev', { method: 'POST', json: { devUser } });
  if (response.status !== 200) throw new Error(`citizen sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  const token = response.body.token as string;
  return {
    id: response.body.citizen.id,
    token,
    request: (path, init = {}) => t.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } }),
  };
}

/** The citizen's WeChat openid as stored: what the fake WeChat server records a subscribe message as sent to. */
export async function openidOf(t: TestApp, citizenId: number): Promise<string> {
  const [{ openid }] = (await t.dataSource.query(`SELECT openid FROM citizen WHERE id = ${citizenId}`)) as Array<{ openid: string }>;
  return openid;
}

export function messageRequest(overrides: Partial<CreateMessageRequest> = {}): CreateMessageRequest {
  return {
    type: 'consultation',
    channel: 'online_consultation',
    title: '小区路灯损坏何时修复',
    content: '我们小区门口的路灯已经坏了两个星期，晚上出行很不方便，请问由哪个部门负责维修？',
    contactName: '张三',
    contactPhone: '13812345678',
    isPublic: true,
    ...overrides,
  };
}

export function postMessage(citizen: CitizenSession, body: CreateMessageRequest, key: string = randomUUID()): Promise<TestResponse> {
  return citizen.request('/api/messages', { method: 'POST', json: body, headers: { 'idempotency-key': key } });
}

export async function submitMessage(citizen: CitizenSession, overrides: Partial<CreateMessageRequest> = {}): Promise<MyMessageView> {
  const response = await postMessage(citizen, messageRequest(overrides));
  if (response.status !== 201) throw new Error(`message submission failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
