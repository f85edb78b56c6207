// GET /api/messages/deadlines: what the compose page tells citizens before they write (docs/domain.md §3). Public,
// and the same configured working days the BFF computes a message's due date with. Built on a bare installation
// (test/factories), not on the demo city.
import { WorkingCalendar } from '../../apps/bff/src/calendar/working-days';
import { MessageDeadlines } from '../../apps/bff/src/messages/message-deadlines';
import { type BareInstallation, createAgency, startBareInstallation } from '../factories/installation.factory';
import { citizenSignIn, submitMessage } from '../factories/message.factory';

describe('message deadlines', () => {
  let installation: BareInstallation;

  beforeAll(async () => {
    installation = await startBareInstallation({ DEADLINE_WORKDAYS_CONSULTATION: '7', DEADLINE_WORKDAYS_SUGGESTION: '12', DEADLINE_WORKDAYS_COMPLAINT: '13' });
  });
  afterAll(async () => {
    await installation?.t.close();
  });

  it('answers the configured working days per type, to anyone, with an ETag', async () => {
    const { t } = installation;
    const response = await t.request('/api/messages/deadlines');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ workdays: { consultation: 7, suggestion: 12, complaint: 13 } });
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await t.request('/api/messages/deadlines', { headers: { 'if-none-match': etag! } })).status).toBe(304);
  });

  it('is what a message addressed to a unit gets as its due date', async () => {
    const { t, admin } = installation;
    const { workdays } = (await t.request('/api/messages/deadlines')).body;
    const unit = await createAgency(admin, 'public_enterprise');
    const citizen = await citizenSignIn(t);
    const message = await submitMessage(citizen, { type: 'complaint', channel: 'unit_board', targetAgencyId: unit.id });
    expect(message.status).toBe('assigned');
    // The working days from the day of submission (the assignment) to the due day are the answer's.
    const counted = new MessageDeadlines(WorkingCalendar.fromConfig(), { workdays, reminderWorkdaysBefore: 1, autoCloseWorkdays: 5 });
    expect(counted.workdaysBetween(new Date(message.submittedAt), new Date(message.dueAt!))).toBe(13);
  });
});
