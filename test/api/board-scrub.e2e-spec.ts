import corpus from '../../apps/bff/src/common/privacy/scrub-corpus.json';
import { citizenSignIn, submitMessage } from '../factories/message.factory';
import { agencyIdOf, signIn } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

/** Digits and letters only, full-width ones made ASCII: what is left of a secret however it was written. */
const trace = (text: string) =>
  text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toUpperCase();

/** docs/security.md §29: the public board hides every form of the corpus, on the server, in title, content and reply. */
describe(`public board scrubbing (${TEST_DB})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ MESSAGE_POSTS_PER_HOUR: '1000' });
  });
  afterAll(() => t.close());

  it('shows no phone, ID-card number or contact name of the corpus, in the list or the detail', async () => {
    const citizen = await citizenSignIn(t);
    const [office, hrss] = await Promise.all([signIn(t, 'office.staff'), signIn(t, 'hrss.staff')]);
    const hrssId = await agencyIdOf(t, 'dept-hrss');
    const ids: number[] = [];
    // One message per form: the form in the title, the content and the reply, each checked against its scrubbed form.
    for (const { text } of corpus.hidden) {
      const message = await submitMessage(citizen, {
        title: `咨询 ${text}`,
        content: `请问如何办理？${text}`,
        contactName: corpus.contactName,
        isPublic: true,
      });
      expect((await office.request(`/api/admin/messages/${message.id}/dispatch`, { method: 'POST', json: { agencyId: hrssId } })).status).toBe(200);
      const reply = await hrss.request(`/api/admin/messages/${message.id}/reply`, { method: 'POST', json: { bodyHtml: `<p>已回复：${text}</p>` } });
      expect(reply.status).toBe(200);
      ids.push(message.id);
    }

    const list = await t.request('/api/board?pageSize=50');
    expect(list.status).toBe(200);
    for (const [i, { form, scrubbed, secret }] of corpus.hidden.entries()) {
      const detail = await t.request(`/api/board/${ids[i]}`);
      const listed = list.body.items.find((item: { id: number }) => item.id === ids[i]);
      const shown = detail.body;
      expect({ form, title: shown.title, content: shown.content, replyHtml: shown.replyHtml }).toEqual({
        form,
        title: `咨询 ${scrubbed}`,
        content: `请问如何办理？${scrubbed}`,
        replyHtml: `<p>已回复：${scrubbed}</p>`,
      });
      expect(trace(shown.title + shown.content + shown.replyHtml)).not.toContain(trace(secret));
      expect(shown.authorMasked).toBe('张**');
      // The list's row is cut from the scrubbed text (its default excerpt holds the whole of these short messages).
      expect({ form, title: listed.title, excerpt: listed.excerpt, replyHtml: listed.replyHtml }).toEqual({
        form,
        title: `咨询 ${scrubbed}`,
        excerpt: `请问如何办理？${scrubbed}`,
        replyHtml: undefined,
      });
      expect(trace(listed.title + listed.excerpt)).not.toContain(trace(secret));
      expect(listed.authorMasked).toBe('张**');
    }
  });
});
