import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Interpretation } from '../../apps/bff/src/interpretations/interpretation.entity';
import { InterpretationsService } from '../../apps/bff/src/interpretations/interpretations.service';
import { ViewCounter } from '../../apps/bff/src/interpretations/view-counter';
import { Notice } from '../../apps/bff/src/notices/notice.entity';
import { publishInterpretation } from '../factories/interpretation.factory';
import { citizenSignIn, submitMessage } from '../factories/message.factory';
import { createUnit, publishNotice } from '../factories/notice.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

/**
 * Issue 14: public reads are served from a cache of serialised answers (ETag/304 on each), dropped by the writes that
 * change them before those writes are acknowledged; interpretation views are counted in memory and written in batches.
 */
describe(`public-read cache (${TEST_DB})`, () => {
  let t: TestApp;
  let admin: StaffSession;
  let office: StaffSession;
  let hrss: StaffSession;
  let reviewers: { drafter: StaffSession; agencyHead: StaffSession; officeStaff: StaffSession; officeHead: StaffSession };
  let hrssId: number;

  beforeAll(async () => {
    t = await startTestApp();
    const [drafter, agencyHead, officeStaff, officeHead, adminSession] = await Promise.all(
      ['hrss.staff', 'hrss.head', 'office.staff', 'office.head', 'admin'].map((u) => signIn(t, u)),
    );
    reviewers = { drafter, agencyHead, officeStaff, officeHead };
    admin = adminSession;
    office = officeStaff;
    hrss = drafter;
    hrssId = await agencyIdOf(t, 'dept-hrss');
    // Migrating a fresh MariaDB database takes over a minute on a loaded machine.
  }, 180_000);
  afterAll(() => t.close());

  const post = (session: StaffSession, path: string, json: unknown = {}) => session.request(path, { method: 'POST', json });
  const viewCount = async (id: number) => (await t.dataSource.getRepository(Interpretation).findOneByOrFail({ id })).viewCount;

  /** A message answered in public: on the board. */
  async function answeredMessage(): Promise<number> {
    const citizen = await citizenSignIn(t);
    const message = await submitMessage(citizen, { contactName: '李明', contactPhone: '13912340000' });
    expect((await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: hrssId })).status).toBe(200);
    expect((await post(hrss, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>已处理。</p>' })).status).toBe(200);
    return message.id;
  }

  it('answers every public read with an ETag, 304 to a current copy and 200 to another, fresh or cached', async () => {
    const unit = await createUnit(t, admin);
    const notice = await publishNotice(unit.staff);
    const interpretation = await publishInterpretation(reviewers, { stages: ['retirement'] });
    const messageId = await answeredMessage();
    const paths = [
      '/api/stages',
      '/api/stages?audience=personal',
      '/api/agencies?kind=public_enterprise',
      `/api/agencies/${unit.id}`,
      '/api/interpretations?stage=retirement&page=1',
      `/api/interpretations/${interpretation.id}`,
      '/api/interpretations/search?q=补贴',
      '/api/board',
      '/api/board?excerpt=40',
      `/api/board/${messageId}`,
      `/api/agencies/${unit.id}/notices`,
      `/api/notices/${notice.id}`,
    ];
    for (const path of paths) {
      // The first read fills the cache; the second is served from it.
      const first = await t.request(path);
      const cached = await t.request(path);
      expect({ path, status: first.status, etag: /^W\/".+"$/.test(first.headers.get('etag') ?? '') }).toEqual({ path, status: 200, etag: true });
      expect({ path, status: cached.status, etag: cached.headers.get('etag'), body: cached.body }).toEqual({
        path,
        status: 200,
        etag: first.headers.get('etag'),
        body: first.body,
      });
      for (const response of [first, cached]) {
        expect({ path, cacheControl: response.headers.get('cache-control') }).toEqual({ path, cacheControl: 'public, no-cache' });
        expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('x-request-id')).toBeTruthy();
      }
      const revalidated = await t.request(path, { headers: { 'if-none-match': first.headers.get('etag')! } });
      expect({ path, status: revalidated.status, body: revalidated.body, etag: revalidated.headers.get('etag') }).toEqual({
        path,
        status: 304,
        body: '',
        etag: first.headers.get('etag'),
      });
      expect((await t.request(path, { headers: { 'if-none-match': 'W/"other"' } })).status).toBe(200);
    }
  });

  it('sends a kept answer of a kilobyte or more compressed once, in the coding the client accepts, with the same ETag', async () => {
    for (let i = 0; i < 3; i += 1) await answeredMessage();
    /** Raw bytes: fetch would decode them and hide the coding. */
    const raw = (path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve, reject) => {
        const request = httpRequest(t.url + path, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, bytes: Buffer.concat(chunks) }));
        });
        request.on('error', reject).end();
      });
    const path = '/api/board?pageSize=50';
    const plain = await raw(path, {}); // computes and keeps the answer
    expect(plain.bytes.length).toBeGreaterThanOrEqual(1024);
    const kept = await raw(path, {});
    expect({ encoding: kept.headers['content-encoding'], vary: kept.headers.vary, body: kept.bytes.toString() }).toEqual({
      encoding: undefined,
      vary: 'Accept-Encoding',
      body: plain.bytes.toString(),
    });
    const decoders = { br: brotliDecompressSync, gzip: gunzipSync };
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ] as const) {
      const sent = await raw(path, { 'accept-encoding': accept });
      expect({ accept, status: sent.status, encoding: sent.headers['content-encoding'], vary: sent.headers.vary, etag: sent.headers.etag }).toEqual({
        accept,
        status: 200,
        encoding: coding,
        vary: 'Accept-Encoding',
        etag: plain.headers.etag,
      });
      expect(sent.bytes.length).toBeLessThan(plain.bytes.length / 2);
      expect(decoders[coding](sent.bytes).toString()).toBe(plain.bytes.toString());
    }
    for (const accept of ['identity', 'gzip;q=0, br;q=0']) {
      const sent = await raw(path, { 'accept-encoding': accept });
      expect({ accept, encoding: sent.headers['content-encoding'], body: sent.bytes.toString() }).toEqual({
        accept,
        encoding: undefined,
        body: plain.bytes.toString(),
      });
    }
    const revalidated = await raw(path, { 'accept-encoding': 'br', 'if-none-match': String(plain.headers.etag) });
    expect({ status: revalidated.status, length: revalidated.bytes.length }).toEqual({ status: 304, length: 0 });
  });

  it('serves a cached answer without asking the database, and a write through the API drops it before it is acknowledged', async () => {
    const unit = await createUnit(t, admin);
    const notice = await publishNotice(unit.staff, { title: '城南计划停水' });
    expect((await t.request(`/api/notices/${notice.id}`)).body.title).toBe('城南计划停水');
    // Changed behind the BFF's back: the cached answer stands.
    await t.dataSource.getRepository(Notice).update(notice.id, { title: '库里改过的标题' });
    expect((await t.request(`/api/notices/${notice.id}`)).body.title).toBe('城南计划停水');

    const edited = await unit.staff.request(`/api/admin/notices/${notice.id}`, { method: 'PATCH', json: { title: '城南停水改期' } });
    expect(edited.status).toBe(200);
    expect((await t.request(`/api/notices/${notice.id}`)).body.title).toBe('城南停水改期');
  });

  it('never serves a withdrawn notice once the withdrawal is acknowledged', async () => {
    const unit = await createUnit(t, admin);
    const notice = await publishNotice(unit.staff);
    const page = `/api/agencies/${unit.id}/notices`;
    const listed = (response: { body: { sections: Array<{ notices: Array<{ id: number }> }> } }) =>
      response.body.sections.flatMap((s) => s.notices.map((n) => n.id));
    expect(listed(await t.request(page))).toContain(notice.id);
    expect((await t.request(`/api/notices/${notice.id}`)).status).toBe(200);
    const etag = (await t.request(page)).headers.get('etag')!;

    expect((await post(unit.staff, `/api/admin/notices/${notice.id}/withdraw`, { reason: '停水已取消' })).status).toBe(200);
    expect((await t.request(`/api/notices/${notice.id}`)).status).toBe(404);
    const after = await t.request(page, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(listed(after)).not.toContain(notice.id);
  });

  it('never serves a withdrawn interpretation once the withdrawal is acknowledged: not in its stage, its detail or search', async () => {
    const item = await publishInterpretation(reviewers, { stages: ['retirement'], title: '缓存撤回测试解读' });
    const reads = ['/api/interpretations?stage=retirement&pageSize=100', '/api/interpretations/search?q=缓存撤回测试解读'];
    for (const path of reads) expect((await t.request(path)).body.items.map((i: { id: number }) => i.id)).toContain(item.id);
    expect((await t.request(`/api/interpretations/${item.id}`)).status).toBe(200);

    expect((await post(office, `/api/admin/interpretations/${item.id}/withdraw`, { reason: '政策已废止' })).status).toBe(200);
    expect((await t.request(`/api/interpretations/${item.id}`)).status).toBe(404);
    for (const path of reads) expect((await t.request(path)).body.items.map((i: { id: number }) => i.id)).not.toContain(item.id);
  });

  it('drops a hidden message from the board list and its page at once', async () => {
    const id = await answeredMessage();
    const ids = async () => (await t.request('/api/board?pageSize=100')).body.items.map((m: { id: number }) => m.id);
    expect(await ids()).toContain(id);
    expect((await t.request(`/api/board/${id}`)).status).toBe(200);

    expect((await post(office, `/api/admin/messages/${id}/hide`, { reason: '含辱骂内容' })).body.status).toBe('hidden');
    expect((await t.request(`/api/board/${id}`)).status).toBe(404);
    expect(await ids()).not.toContain(id);
  });

  it('shows a newly answered message on the board at once, though the board was cached', async () => {
    const before = await t.request('/api/board?pageSize=100');
    const id = await answeredMessage();
    const after = await t.request('/api/board?pageSize=100', { headers: { 'if-none-match': before.headers.get('etag')! } });
    expect(after.status).toBe(200);
    expect(after.body.items.map((m: { id: number }) => m.id)).toContain(id);
  });

  it('counts N interpretation reads, cached and 304 alike, with no write until the flush, then exactly N', async () => {
    const item = await publishInterpretation(reviewers, { stages: ['retirement'] });
    const counter = t.app.get(ViewCounter);
    await counter.flush();
    const before = await viewCount(item.id);
    const first = await t.request(`/api/interpretations/${item.id}`);
    const reads = 24;
    for (let n = 1; n < reads; n++) {
      const response = await t.request(`/api/interpretations/${item.id}`, n % 2 ? { headers: { 'if-none-match': first.headers.get('etag')! } } : {});
      expect([200, 304]).toContain(response.status);
    }
    expect((await t.request('/api/interpretations/99999999')).status).toBe(404);
    // No UPDATE per read: the stored count has not moved.
    expect(await viewCount(item.id)).toBe(before);
    expect(counter.unflushed).toBeGreaterThanOrEqual(reads);
    await counter.flush();
    expect(await viewCount(item.id)).toBe(before + reads);
    expect(counter.unflushed).toBe(0);
    // The count is not part of the ETag: the client's copy is still current.
    expect((await t.request(`/api/interpretations/${item.id}`, { headers: { 'if-none-match': first.headers.get('etag')! } })).status).toBe(304);
  });

  it('computes an answer once for the requests that miss it together, and gives each of them that answer', async () => {
    const item = await publishInterpretation(reviewers, { stages: ['retirement'] });
    const computed = jest.spyOn(t.app.get(InterpretationsService), 'get');
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, () => t.request(`/api/interpretations/${item.id}`)));
      expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
      expect(new Set(answers.map((answer) => answer.headers.get('etag'))).size).toBe(1);
      expect(answers.every((answer) => answer.body.id === item.id)).toBe(true);
      expect(computed).toHaveBeenCalledTimes(1);
    } finally {
      computed.mockRestore();
    }
  });

  it('does not cache what staff or citizens read about themselves', async () => {
    const citizen = await citizenSignIn(t);
    const message = await submitMessage(citizen);
    const mine = await citizen.request('/api/messages/mine');
    expect(mine.headers.get('cache-control')).toBe('no-store');
    expect(mine.headers.get('etag')).toBeNull();
    expect(JSON.stringify(mine.body)).toContain(message.caseNo);
    const other = await citizenSignIn(t);
    const theirs = await other.request('/api/messages/mine');
    expect(theirs.status).toBe(200);
    expect(JSON.stringify(theirs.body)).not.toContain(message.caseNo);
  });
});
