import { chinaDay } from '../../apps/bff/src/calendar/working-days';
import { DisclosureApplication } from '../../apps/bff/src/disclosure/disclosure-application.entity';
import { act, disclosureRequest, postDisclosure, registerDisclosure } from '../factories/disclosure.factory';
import { citizenSignIn } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`disclosure: 不予公开 needs the office too when configured (${TEST_DB})`, () => {
  let t: TestApp;
  let office: StaffSession;
  let hrss: StaffSession;
  let hrssHead: StaffSession;
  let hrssId: number;

  beforeAll(async () => {
    t = await startTestApp({ DISCLOSURE_WITHHOLD_NEEDS_OFFICE: 'true', DISCLOSURE_LETTER_PREFIXES: 'dept-hrss=人社公开', MESSAGE_POSTS_PER_HOUR: '2' });
    [office, hrss, hrssHead] = await Promise.all(['office.staff', 'hrss.staff', 'hrss.head'].map((u) => signIn(t, u)));
    hrssId = await agencyIdOf(t, 'dept-hrss');
  });
  afterAll(() => t.close());

  const draft = (id: number, outcome: string, outcomeReason?: number) =>
    act(hrss, id, 'reply-draft', { outcome, outcomeReason, facts: '经查，该信息属于行政执法案卷信息。', legalBasis: '条例第三十六条第（三）项' });

  it('sends a 不予公开 reply only after the agency head and then the office approve; other outcomes need the head only', async () => {
    const withheld = await registerDisclosure(hrss, { receivedOn: chinaDay(new Date()) });
    await draft(withheld.id, 'withheld', 7);
    const headApproved = await act(hrssHead, withheld.id, 'reply-approve');
    expect(headApproved.body).toMatchObject({ status: 'office_review', reply: { letterNumber: null } });
    expect((await act(hrssHead, withheld.id, 'reply-approve')).status).toBe(403);
    const returned = await act(office, withheld.id, 'reply-return', { reason: '请补充执法案卷的认定依据' });
    expect(returned.body.status).toBe('handling');
    await draft(withheld.id, 'withheld', 7);
    await act(hrssHead, withheld.id, 'reply-approve');
    const sent = await act(office, withheld.id, 'reply-approve');
    expect(sent.body.status).toBe('replied');
    expect(sent.body.reply.letterNumber).toBe(`人社公开〔${chinaDay(new Date()).slice(0, 4)}〕第1号`);
    expect(sent.body.history.map((e: { action: string; toStatus: string }) => `${e.action}→${e.toStatus}`)).toEqual([
      'register→handling',
      'reply-draft→reply_review',
      'reply-approve→office_review',
      'reply-return→handling',
      'reply-draft→reply_review',
      'reply-approve→office_review',
      'reply-approve→replied',
    ]);

    const disclosed = await registerDisclosure(hrss, { receivedOn: chinaDay(new Date()), agencyId: hrssId });
    await draft(disclosed.id, 'disclosed');
    expect((await act(hrssHead, disclosed.id, 'reply-approve')).body).toMatchObject({
      status: 'replied',
      reply: { letterNumber: `人社公开〔${chinaDay(new Date()).slice(0, 4)}〕第2号` },
    });
  });

  it('limits online applications per citizen like messages (429), a replay not counted', async () => {
    const citizen = await citizenSignIn(t);
    const key = 'rate-limit-replay-key-0001';
    expect((await postDisclosure(citizen, disclosureRequest(), key)).status).toBe(201);
    expect((await postDisclosure(citizen, disclosureRequest(), key)).status).toBe(200);
    expect((await postDisclosure(citizen, disclosureRequest())).status).toBe(201);
    const before = await t.dataSource.getRepository(DisclosureApplication).count();
    const limited = await postDisclosure(citizen, disclosureRequest());
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(await t.dataSource.getRepository(DisclosureApplication).count()).toBe(before);
  });
});
