// Issue 16 point 4: photos on messages. Each upload is re-encoded (no EXIF, no location), bad files are refused with
// nothing kept, WeChat's asynchronous check (the fake downloads the photo and pushes its signed verdict) holds a
// message whose photo it flags, staff see photos as they see the message, and the board shows them only once the office
// approved them.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { OutboxService } from '../../apps/bff/src/outbox/outbox.service';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { createAgency, staffMember, startBareInstallation } from '../factories/installation.factory';
import { type CitizenSession, citizenSignIn, messageRequest, postMessage } from '../factories/message.factory';
import type { StaffSession } from '../factories/staff.factory';
import { TEST_DB, type TestApp } from '../support/api-app';

const PUBLIC_ORIGIN = 'https://weimin.test';

/** A small JPEG as a phone takes it: turned (EXIF orientation 6), with the camera and the GPS position in its EXIF. */
async function phonePhoto(width = 64, height = 48, colour = { r: 200, g: 30, b: 30 }): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'TestCam', Model: 'Leaky 1', Copyright: 'Zhang San' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' },
    })
    .toBuffer();
}

describe(`photos on messages (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let storageDir: string;
  let office: StaffSession;
  let agencyStaff: StaffSession;
  let otherAgencyStaff: StaffSession;
  let agencyId: number;

  const outbox = () => t.app.get(OutboxService);
  /** The outbox sends the checks; WeChat downloads and pushes its verdicts. */
  async function runChecks() {
    await outbox().deliverDue(new Date(Date.now() + 60_000));
    await fake.mediaChecksSettled();
  }

  async function upload(citizen: CitizenSession, bytes: Buffer, name = 'photo.jpg', type = 'image/jpeg') {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${t.url}/api/citizen/uploads`, { method: 'POST', body: form, headers: { authorization: `Bearer ${citizen.token}` } });
    return { status: response.status, body: await response.json() };
  }

  async function bytesOf(path: string, who: { token?: string; cookie?: string } = {}) {
    const headers: Record<string, string> = {};
    if (who.token) headers.authorization = `Bearer ${who.token}`;
    if (who.cookie) headers.cookie = who.cookie;
    const response = await fetch(t.url + path, { headers });
    return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
  }

  const storedFiles = (): string[] => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [entry.name]));
    try {
      return walk(storageDir);
    } catch {
      return [];
    }
  };
  const imageRows = async (citizenId: number) =>
    Number(
      (await t.dataSource.query(`SELECT COUNT(*) AS n FROM message_image WHERE ${TEST_DB === 'mysql' ? '`citizenId`' : '"citizenId"'} = ?`, [citizenId]))[0].n,
    );

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    const installation = await startBareInstallation({
      WECHAT_API_BASE: fake.url,
      WECHAT_APPID: FAKE_APP_ID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_PUSH_TOKEN: fake.state.pushToken,
      PUBLIC_BASE_URL: PUBLIC_ORIGIN,
    });
    t = installation.t;
    storageDir = t.app.get('IMAGE_STORAGE').root;
    fake.state.hosts.set(PUBLIC_ORIGIN, t.url);
    fake.state.pushUrl = `${t.url}/api/wechat/push`;
    office = await staffMember(t, installation.admin, installation.officeId, ['office_staff']);
    agencyId = (await createAgency(installation.admin, 'department')).id;
    agencyStaff = await staffMember(t, installation.admin, agencyId, ['agency_staff']);
    const other = await createAgency(installation.admin, 'department');
    otherAgencyStaff = await staffMember(t, installation.admin, other.id, ['agency_staff']);
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('keeps only a re-encoded copy: upright, no EXIF, no GPS; the original bytes are nowhere', async () => {
    const citizen = await citizenSignIn(t);
    const original = await phonePhoto();
    const before = await sharp(original).metadata();
    expect(before.exif?.toString('latin1')).toContain('TestCam');
    expect(before.orientation).toBe(6);

    const uploaded = await upload(citizen, original);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ id: expect.any(Number), width: 48, height: 64, url: `/api/citizen/uploads/${uploaded.body.id}` });

    const kept = await bytesOf(uploaded.body.url, citizen);
    expect([kept.status, kept.type]).toEqual([200, 'image/jpeg']);
    const after = await sharp(kept.bytes).metadata();
    expect([after.format, after.width, after.height]).toEqual(['jpeg', 48, 64]);
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    for (const leak of ['TestCam', 'Leaky', 'Zhang San', 'GPS']) expect(kept.bytes.toString('latin1')).not.toContain(leak);
    expect(kept.bytes.equals(original)).toBe(false);
    expect(uploaded.body.sha256).toBe(createHash('sha256').update(kept.bytes).digest('hex'));

    // Someone else cannot read it back.
    const stranger = await citizenSignIn(t);
    expect((await bytesOf(uploaded.body.url, stranger)).status).toBe(404);
    expect((await bytesOf(uploaded.body.url)).status).toBe(401);
  });

  it('also takes PNG, and keeps it as JPEG', async () => {
    const citizen = await citizenSignIn(t);
    const png = await sharp({ create: { width: 30, height: 20, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } })
      .png()
      .toBuffer();
    for (const bytes of [png]) {
      const uploaded = await upload(citizen, bytes, 'x.bin', 'application/octet-stream');
      expect(uploaded.status).toBe(201);
      expect((await sharp((await bytesOf(uploaded.body.url, citizen)).bytes).metadata()).format).toBe('jpeg');
    }
  });

  it.each([
    ['a file over 5 MB', async () => Buffer.concat([await phonePhoto(), Buffer.alloc(5 * 1024 * 1024)]), 'PHOTO_TOO_LARGE'],
    [
      'a WebP (JPG and PNG only)',
      async () =>
        sharp({ create: { width: 30, height: 20, channels: 3, background: '#0f0' } })
          .webp()
          .toBuffer(),
      'PHOTO_NOT_AN_IMAGE',
    ],
    ['a text file named .jpg', async () => Buffer.from('这不是图片，只是一段文字。'.repeat(20)), 'PHOTO_NOT_AN_IMAGE'],
    ['a truncated JPEG', async () => (await phonePhoto(200, 200)).subarray(0, 300), 'PHOTO_NOT_AN_IMAGE'],
    [
      'a GIF',
      async () =>
        sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
          .gif()
          .toBuffer(),
      'PHOTO_NOT_AN_IMAGE',
    ],
    [
      'a JPEG with a script appended (a polyglot)',
      async () => Buffer.concat([await phonePhoto(), Buffer.from('<script>alert(document.cookie)</script>')]),
      'PHOTO_SUSPICIOUS',
    ],
    [
      'a JPEG with a ZIP appended (a polyglot)',
      async () => Buffer.concat([await phonePhoto(), Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000payload.php')]),
      'PHOTO_SUSPICIOUS',
    ],
    [
      'a JPEG carrying HTML in its XMP metadata (a polyglot)',
      async () =>
        sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
          .jpeg()
          .withXmp('<x:xmpmeta><html><body onload="alert(1)"></body></html></x:xmpmeta>')
          .toBuffer(),
      'PHOTO_SUSPICIOUS',
    ],
  ])('refuses %s with a clear 400 and keeps nothing', async (_name, bytes, code) => {
    const citizen = await citizenSignIn(t);
    const files = storedFiles().length;
    const refused = await upload(citizen, await bytes());
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code, message: expect.any(String) });
    expect(await imageRows(citizen.id)).toBe(0);
    expect(storedFiles().length).toBe(files);
  });

  it('refuses an upload without a file, and a JSON body', async () => {
    const citizen = await citizenSignIn(t);
    const empty = await fetch(`${t.url}/api/citizen/uploads`, { method: 'POST', body: new FormData(), headers: { authorization: `Bearer ${citizen.token}` } });
    expect([empty.status, (await empty.json()).code]).toEqual([400, 'PHOTO_MISSING']);
    const json = await citizen.request('/api/citizen/uploads', { method: 'POST', json: { file: 'x' } });
    expect([json.status, json.body.code]).toEqual([400, 'PHOTO_MISSING']);
  });

  it('refuses 10 images, someone else’s image and a used one, storing no message', async () => {
    const citizen = await citizenSignIn(t);
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) ids.push((await upload(citizen, await phonePhoto(16 + i, 16))).body.id);
    const tooMany = await postMessage(citizen, messageRequest({ imageIds: ids }));
    expect([tooMany.status, tooMany.body.code]).toEqual([400, 'PHOTO_TOO_MANY']);

    const stranger = await citizenSignIn(t);
    const theirs = (await upload(stranger, await phonePhoto())).body.id;
    const notMine = await postMessage(citizen, messageRequest({ imageIds: [ids[0], theirs] }));
    expect([notMine.status, notMine.body.code]).toEqual([400, 'PHOTO_NOT_AVAILABLE']);
    const missing = await postMessage(citizen, messageRequest({ imageIds: [999_999] }));
    expect([missing.status, missing.body.code]).toEqual([400, 'PHOTO_NOT_AVAILABLE']);
    const bad = await postMessage(citizen, messageRequest({ imageIds: ['1'] as unknown as number[] }));
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await citizen.request('/api/messages/mine')).body).toEqual([]);

    const first = await postMessage(citizen, messageRequest({ imageIds: ids.slice(0, 9), targetAgencyId: agencyId }));
    expect(first.status).toBe(201);
    expect(first.body.images.map((image: { id: number }) => image.id)).toEqual(ids.slice(0, 9));
    const reused = await postMessage(citizen, messageRequest({ imageIds: [ids[0]] }));
    expect([reused.status, reused.body.code]).toEqual([400, 'PHOTO_NOT_AVAILABLE']);
    expect((await citizen.request('/api/messages/mine')).body).toHaveLength(1);
  });

  it('holds a message for the office when WeChat flags one of its photos; the photo never reaches the board', async () => {
    const citizen = await citizenSignIn(t);
    const clean = (await upload(citizen, await phonePhoto(40, 30, { r: 10, g: 200, b: 10 }))).body;
    const risky = (await upload(citizen, await phonePhoto(40, 30, { r: 10, g: 10, b: 200 }))).body;
    fake.state.riskyImages.add(risky.sha256);
    const submitted = await postMessage(citizen, messageRequest({ imageIds: [clean.id, risky.id], targetAgencyId: agencyId }));
    expect([submitted.status, submitted.body.status]).toEqual([201, 'assigned']);
    const id = submitted.body.id;

    await runChecks();
    // Earlier tests' photos may be checked in the same run: look at this message's two.
    const pushes = fake.state.pushes.filter((push) => push.sha256 === clean.sha256 || push.sha256 === risky.sha256);
    expect(pushes.map((push) => [push.sha256, push.suggest, push.status]).sort()).toEqual(
      [
        [clean.sha256, 'pass', 200],
        [risky.sha256, 'risky', 200],
      ].sort(),
    );
    const checked = fake.state.mediaChecks.filter((check) => pushes.some((push) => push.traceId === check.traceId));
    expect(checked).toHaveLength(2);
    expect(new Set(checked.map((check) => check.openid)).size).toBe(1); // the citizen's own
    expect(checked.every((check) => check.mediaUrl.startsWith(`${PUBLIC_ORIGIN}/api/wechat/media/`))).toBe(true);

    const seen = await office.request(`/api/admin/messages/${id}`);
    expect([seen.body.status, seen.body.moderation, seen.body.agencyId]).toEqual(['held', 'review', null]);
    expect(seen.body.images.map((image: { id: number; check: string }) => [image.id, image.check])).toEqual([
      [clean.id, 'passed'],
      [risky.id, 'flagged'],
    ]);
    expect(seen.body.events.at(-1)).toMatchObject({ action: 'hold', actorType: 'system', toStatus: 'held' });
    // Off the agency's desk while the office looks.
    expect((await agencyStaff.request(`/api/admin/messages/${id}`)).status).toBe(404);
    // The office sees the flagged photo itself.
    const flagged = await bytesOf(`/api/admin/message-images/${risky.id}`, office);
    expect([flagged.status, flagged.type]).toEqual([200, 'image/jpeg']);
    // The one-time download WeChat used is over.
    expect((await bytesOf(new URL(checked[0].mediaUrl).pathname)).status).toBe(404);

    // Released, answered and approved for the board: only the clean photo goes public.
    expect((await office.request(`/api/admin/messages/${id}/release`, { method: 'POST' })).body.status).toBe('assigned');
    expect((await agencyStaff.request(`/api/admin/messages/${id}/reply`, { method: 'POST', json: { bodyHtml: '<p>已安排维修。</p>' } })).status).toBe(200);
    const published = await office.request(`/api/admin/messages/${id}/images/publish`, { method: 'POST' });
    expect(published.status).toBe(200);
    expect(published.body.images.map((image: { onBoard: boolean }) => image.onBoard)).toEqual([true, false]);
    const board = await t.request(`/api/board/${id}`);
    expect(board.body.images.map((image: { id: number }) => image.id)).toEqual([clean.id]);
    expect((await bytesOf(`/api/board/images/${risky.id}`)).status).toBe(404);
    expect((await bytesOf(`/api/board/images/${clean.id}`)).status).toBe(200);
  });

  it('shows photos to the assigned agency and the office only, and on the board only after the office approves', async () => {
    const citizen = await citizenSignIn(t);
    // Taken turned (EXIF orientation 6): kept upright, 40 wide and 50 high.
    const photo = (await upload(citizen, await phonePhoto(50, 40, { r: 120, g: 120, b: 0 }))).body;
    const id = (await postMessage(citizen, messageRequest({ imageIds: [photo.id], targetAgencyId: agencyId }))).body.id;
    await runChecks();

    const path = `/api/admin/message-images/${photo.id}`;
    const asAgency = await bytesOf(path, agencyStaff);
    expect([asAgency.status, asAgency.type]).toEqual([200, 'image/jpeg']);
    expect(asAgency.bytes.equals((await bytesOf(photo.url, citizen)).bytes)).toBe(true);
    expect((await bytesOf(path, office)).status).toBe(200);
    expect((await bytesOf(path, otherAgencyStaff)).status).toBe(404);
    expect((await bytesOf(path, citizen)).status).toBe(401);
    expect((await bytesOf(`/api/admin/message-images/${photo.id + 100_000}`, agencyStaff)).status).toBe(404);

    const mine = await citizen.request(`/api/messages/mine/${id}`);
    expect(mine.body.images).toEqual([{ id: photo.id, width: 40, height: 50, url: photo.url }]);
    const detail = await agencyStaff.request(`/api/admin/messages/${id}`);
    expect(detail.body.images).toEqual([{ id: photo.id, width: 40, height: 50, url: path, check: 'passed', onBoard: false }]);
    expect(detail.body.canPublishImages).toBe(false);

    expect((await agencyStaff.request(`/api/admin/messages/${id}/reply`, { method: 'POST', json: { bodyHtml: '<p>已答复。</p>' } })).status).toBe(200);
    const onBoard = await t.request(`/api/board/${id}`);
    expect([onBoard.status, onBoard.body.images]).toEqual([200, []]);
    expect((await bytesOf(`/api/board/images/${photo.id}`)).status).toBe(404);

    const byAgency = await agencyStaff.request(`/api/admin/messages/${id}/images/publish`, { method: 'POST' });
    expect(byAgency.status).toBe(403);
    expect((await office.request(`/api/admin/messages/${id}`)).body.canPublishImages).toBe(true);
    const approved = await office.request(`/api/admin/messages/${id}/images/publish`, { method: 'POST' });
    expect([approved.status, approved.body.canPublishImages]).toEqual([200, false]);
    const again = await office.request(`/api/admin/messages/${id}/images/publish`, { method: 'POST' });
    expect([again.status, again.body.code]).toEqual([409, 'PHOTO_NONE_TO_PUBLISH']);

    const shown = await t.request(`/api/board/${id}`);
    expect(shown.body.images).toEqual([{ id: photo.id, width: 40, height: 50, url: `/api/board/images/${photo.id}` }]);
    const publicBytes = await bytesOf(`/api/board/images/${photo.id}`);
    expect([publicBytes.status, publicBytes.type]).toEqual([200, 'image/jpeg']);

    // Off the board (屏蔽), its photos go with it.
    expect((await office.request(`/api/admin/messages/${id}/hide`, { method: 'POST', json: { reason: '含有他人隐私' } })).status).toBe(200);
    expect((await bytesOf(`/api/board/images/${photo.id}`)).status).toBe(404);
  });

  it('refuses pushes that WeChat did not sign', async () => {
    const forged = await t.request('/api/wechat/push?signature=00&timestamp=1&nonce=1', {
      method: 'POST',
      json: { Event: 'wxa_media_check', trace_id: 'x', errcode: 0, result: { suggest: 'pass' } },
    });
    expect([forged.status, forged.body.code]).toEqual([403, 'FORBIDDEN']);
    expect((await t.request('/api/wechat/push?echostr=hello')).status).toBe(403);
  });

  it('answers the MP console’s URL check when signed with the Token', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = '12345';
    const signature = createHash('sha1').update([fake.state.pushToken, timestamp, nonce].sort().join('')).digest('hex');
    const answer = await t.request(`/api/wechat/push?${new URLSearchParams({ signature, timestamp, nonce, echostr: 'echo-123' })}`);
    expect([answer.status, answer.body]).toEqual([200, 'echo-123']);
  });
});
