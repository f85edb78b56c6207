import { randomUUID } from 'node:crypto';
import type { CreateDisclosureRequest, MyDisclosureView, RegisterDisclosureRequest, StaffDisclosureView } from '@weimin/contracts';
import JSZip from 'jszip';
import type { TestApp, TestResponse } from '../support/api-app';
import type { CitizenSession } from './message.factory';
import type { StaffSession } from './staff.factory';

/** A complete online application by a person (a valid resident ID); override any field. */
export function disclosureRequest(overrides: Partial<CreateDisclosureRequest> = {}): CreateDisclosureRequest {
  return {
    applicantKind: 'person',
    applicantName: '张三',
    certificateType: 'id_card',
    certificateNumber: '110101199003071234',
    contactPhone: '13812345678',
    postalAddress: '临溪市人民路1号3单元',
    infoTitle: '2025年城乡居民养老保险基金收支情况',
    infoDescription: '请提供2025年度本市城乡居民养老保险基金的收入、支出和结余情况。',
    form: 'electronic',
    deliveryMethod: 'online',
    ...overrides,
  };
}

/** An organisation applying: 商业企业 with a unified social credit code. */
export function organisationRequest(overrides: Partial<CreateDisclosureRequest> = {}): CreateDisclosureRequest {
  return disclosureRequest({
    applicantKind: 'organisation',
    organisationKind: 'business',
    applicantName: '临溪市某某科技有限公司',
    certificateType: 'credit_code',
    certificateNumber: '91330100MA2H0K7P1X',
    ...overrides,
  });
}

export function postDisclosure(citizen: CitizenSession, body: CreateDisclosureRequest, key: string = randomUUID()): Promise<TestResponse> {
  return citizen.request('/api/disclosure/applications', { method: 'POST', json: body, headers: { 'idempotency-key': key } });
}

export async function applyOnline(citizen: CitizenSession, overrides: Partial<CreateDisclosureRequest> = {}): Promise<MyDisclosureView> {
  const response = await postDisclosure(citizen, disclosureRequest(overrides));
  if (response.status !== 201) throw new Error(`disclosure application failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Staff register an application that came in person (or by another channel) on `receivedOn`. */
export async function registerDisclosure(staff: StaffSession, overrides: Partial<RegisterDisclosureRequest> = {}): Promise<StaffDisclosureView> {
  const response = await staff.request('/api/admin/disclosure/applications', {
    method: 'POST',
    json: { ...disclosureRequest(), channel: 'in_person', receivedOn: '2026-09-25', ...overrides },
  });
  if (response.status !== 201) throw new Error(`disclosure registration failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export function act(staff: StaffSession, id: number, action: string, json: unknown = {}): Promise<TestResponse> {
  return staff.request(`/api/admin/disclosure/applications/${id}/${action}`, { method: 'POST', json });
}

/** The bytes of a download (the JSON helper would read them as text). */
export async function download(t: TestApp, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(t.url + path, { headers });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The text of a .docx: word/document.xml's runs, joined. */
export async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
}
