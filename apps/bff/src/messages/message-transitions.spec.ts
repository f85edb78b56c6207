import { ERROR_CODES, type ErrorCode, type MessageStatus, type StaffMessageAction, type StaffRole } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';
import {
  actionsFrom,
  allowedActions,
  assertMay,
  type ExtensionFacts,
  type MessageAction,
  type MessageFacts,
  nextStatus,
  refusalOf,
  STAFF_MESSAGE_ACTIONS,
} from './message-transitions';

const AGENCY = 10;
const OTHER_AGENCY = 20;
const OFFICE = 1;
const STATES: MessageStatus[] = ['held', 'submitted', 'assigned', 'returned', 'replied', 'closed', 'hidden'];
const ROLES: StaffRole[] = ['agency_staff', 'agency_head', 'office_staff', 'office_head', 'admin'];

/** A message in `status` as it is in practice: with an agency once assigned, rated 不满意 once closed. */
function messageIn(status: MessageStatus, assignedAgencyId = AGENCY): MessageFacts {
  const assigned = ['assigned', 'replied', 'closed', 'hidden'].includes(status);
  return { status, assignedAgencyId: assigned ? assignedAgencyId : null, rating: status === 'closed' ? 'unsatisfied' : null };
}

const actorOf = (role: StaffRole) => ({ roles: [role], agencyId: role.startsWith('agency') ? AGENCY : OFFICE });

describe('message transitions: the state machine', () => {
  it.each([
    ['release', 'held', 'submitted'],
    ['hold', 'submitted', 'held'],
    ['hold', 'assigned', 'held'],
    ['hold', 'returned', 'held'],
    ['dispatch', 'submitted', 'assigned'],
    ['dispatch', 'returned', 'assigned'],
    ['return', 'assigned', 'returned'],
    ['reassign', 'assigned', 'assigned'],
    ['reply', 'assigned', 'replied'],
    ['rate', 'replied', 'closed'],
    ['auto_close', 'replied', 'closed'],
    ['reopen', 'closed', 'assigned'],
    ['hide', 'replied', 'hidden'],
    ['extend', 'assigned', 'assigned'],
  ] as Array<[MessageAction, MessageStatus, MessageStatus]>)('%s: %s → %s', (action, from, to) => {
    expect(nextStatus(action, from)).toBe(to);
  });

  it.each([
    ['reply', 'submitted', 'MESSAGE_WRONG_STATE'],
    ['hold', 'replied', 'MESSAGE_WRONG_STATE'],
    ['reply', 'replied', 'MESSAGE_ALREADY_REPLIED'],
    ['reply', 'closed', 'MESSAGE_ALREADY_REPLIED'],
    ['dispatch', 'assigned', 'MESSAGE_WRONG_STATE'],
    ['return', 'replied', 'MESSAGE_WRONG_STATE'],
    ['rate', 'closed', 'MESSAGE_ALREADY_RATED'],
    ['rate', 'assigned', 'MESSAGE_WRONG_STATE'],
    ['reopen', 'replied', 'MESSAGE_WRONG_STATE'],
    ['hide', 'hidden', 'MESSAGE_WRONG_STATE'],
    ['release', 'submitted', 'MESSAGE_WRONG_STATE'],
  ] as Array<[MessageAction, MessageStatus, string]>)('refuses %s from %s with 409 %s', (action, from, code) => {
    expect(() => nextStatus(action, from)).toThrow(DomainException);
    try {
      nextStatus(action, from);
    } catch (error) {
      expect((error as DomainException).code).toBe(code);
    }
  });

  it('lists the steps possible from a state, whoever asks', () => {
    expect(actionsFrom('assigned').sort()).toEqual(['extend', 'hide', 'hold', 'reassign', 'reply', 'return']);
    expect(actionsFrom('hidden')).toEqual([]);
  });
});

describe('message transitions: who may do what (role × state)', () => {
  // Agency roles belong to the agency the message is assigned to; office roles to the office. No extension asked for.
  const TABLE: Record<StaffRole, Record<MessageStatus, StaffMessageAction[]>> = {
    agency_staff: { held: [], submitted: [], assigned: ['reply', 'extend', 'return'], returned: [], replied: [], closed: [], hidden: [] },
    agency_head: { held: [], submitted: [], assigned: ['reply', 'extend', 'return'], returned: [], replied: [], closed: [], hidden: [] },
    office_staff: {
      held: ['release', 'hide'],
      submitted: ['dispatch', 'hide'],
      assigned: ['reassign', 'hide'],
      returned: ['dispatch', 'hide'],
      replied: ['hide'],
      closed: ['reopen', 'hide'],
      hidden: [],
    },
    office_head: {
      held: ['release', 'hide'],
      submitted: ['dispatch', 'hide'],
      assigned: ['reassign', 'hide'],
      returned: ['dispatch', 'hide'],
      replied: ['hide'],
      closed: ['reopen', 'hide'],
      hidden: [],
    },
    admin: { held: [], submitted: [], assigned: [], returned: [], replied: [], closed: [], hidden: [] },
  };

  const cases = ROLES.flatMap((role) => STATES.map((status) => [role, status] as const));

  it.each(cases)('%s on a %s message', (role, status) => {
    const actor = actorOf(role);
    const message = messageIn(status);
    expect(allowedActions(actor, message, [])).toEqual(TABLE[role][status]);
    // assertMay agrees with allowedActions for every action: the console's buttons are exactly what the API accepts.
    for (const action of STAFF_MESSAGE_ACTIONS) {
      const allowed = TABLE[role][status].includes(action);
      if (allowed) expect(() => assertMay(actor, message, [], action)).not.toThrow();
      else expect(() => assertMay(actor, message, [], action)).toThrow(DomainException);
    }
  });

  it.each(STATES)('an agency sees nothing to do with another agency’s %s message', (status) => {
    for (const role of ['agency_staff', 'agency_head'] as const) {
      expect(allowedActions({ roles: [role], agencyId: OTHER_AGENCY }, messageIn(status), [])).toEqual([]);
    }
  });

  it('the office answers, extends but never returns a message assigned to the office itself', () => {
    expect(allowedActions({ roles: ['office_staff'], agencyId: OFFICE }, messageIn('assigned', OFFICE), [])).toEqual(['reply', 'extend', 'reassign', 'hide']);
    expect(refusalOf({ roles: ['office_staff'], agencyId: OFFICE }, messageIn('assigned', OFFICE), [], 'return')?.code).toBe('MESSAGE_AGENCY_ONLY');
  });

  it('a closed message is reopened only when rated 不满意', () => {
    const office = actorOf('office_staff');
    for (const rating of [null, 'satisfied', 'basically_satisfied']) {
      const message = { ...messageIn('closed'), rating };
      expect(allowedActions(office, message, [])).toEqual(['hide']);
      expect(refusalOf(office, message, [], 'reopen')?.code).toBe('MESSAGE_REOPEN_NEEDS_UNSATISFIED');
    }
  });
});

describe('message transitions: extensions', () => {
  const agency = actorOf('agency_staff');
  const head = actorOf('office_head');
  const assigned = messageIn('assigned');
  const ext = (...statuses: ExtensionFacts['status'][]): ExtensionFacts[] => statuses.map((status) => ({ status }));

  it.each([
    [[], null],
    [['rejected'], null],
    [['pending'], 'MESSAGE_EXTENSION_ALREADY_REQUESTED'],
    [['rejected', 'pending'], 'MESSAGE_EXTENSION_ALREADY_REQUESTED'],
    [['approved'], 'MESSAGE_ALREADY_EXTENDED'],
    [['rejected', 'approved'], 'MESSAGE_ALREADY_EXTENDED'],
  ] as Array<[ExtensionFacts['status'][], string | null]>)('with extensions %j the agency’s request is refused with %s', (statuses, code) => {
    expect(refusalOf(agency, assigned, ext(...statuses), 'extend')?.code ?? null).toBe(code);
    expect(allowedActions(agency, assigned, ext(...statuses)).includes('extend')).toBe(code === null);
  });

  it('only the office head decides, and only a pending request', () => {
    expect(allowedActions(head, assigned, ext('pending'))).toEqual(['decide_extension', 'reassign', 'hide']);
    expect(refusalOf(head, assigned, ext('rejected'), 'decide_extension')?.code).toBe('MESSAGE_NO_PENDING_EXTENSION');
    for (const role of ['agency_staff', 'agency_head', 'office_staff', 'admin'] as const) {
      expect(refusalOf(actorOf(role), assigned, ext('pending'), 'decide_extension')?.code).toBe('MESSAGE_EXTENSION_HEAD_ONLY');
    }
  });

  it('an extension is asked for only while the message is assigned', () => {
    expect(refusalOf(agency, messageIn('replied'), [], 'extend')?.code).toBe('MESSAGE_WRONG_STATE');
  });
});

describe('message transitions: refusal codes keep their HTTP status', () => {
  it.each([
    // 403: a role or an agency that may not
    ['agency_staff', OTHER_AGENCY, 'assigned', 'reply', 'MESSAGE_NOT_ASSIGNED_TO_YOU', 403],
    ['office_staff', OFFICE, 'assigned', 'reply', 'MESSAGE_NOT_ASSIGNED_TO_YOU', 403],
    ['agency_staff', AGENCY, 'assigned', 'hide', 'MESSAGE_OFFICE_ONLY', 403],
    ['agency_head', AGENCY, 'submitted', 'dispatch', 'MESSAGE_OFFICE_ONLY', 403],
    // 409: a state that forbids it
    ['office_staff', OFFICE, 'replied', 'reply', 'MESSAGE_WRONG_STATE', 409],
    ['agency_staff', AGENCY, 'replied', 'reply', 'MESSAGE_ALREADY_REPLIED', 409],
    ['office_staff', OFFICE, 'assigned', 'dispatch', 'MESSAGE_WRONG_STATE', 409],
    ['office_staff', OFFICE, 'replied', 'reassign', 'MESSAGE_WRONG_STATE', 409],
  ] as Array<[StaffRole, number, MessageStatus, StaffMessageAction, string, number]>)(
    '%s of agency %s, %s message, %s: %s',
    (role, agencyId, status, action, code, httpStatus) => {
      expect(ERROR_CODES[code as ErrorCode].status).toBe(httpStatus);
      expect(() => assertMay({ roles: [role], agencyId }, messageIn(status), [], action)).toThrow(expect.objectContaining({ code }) as unknown as Error);
    },
  );
});
