import { NotificationKind, type NotificationView } from '@weimin/contracts';
import { notificationLink, subjectLink } from './notification-link';

const about = (kind: NotificationView['kind'], subject: NotificationView['subject']) => notificationLink({ kind, subject });

describe('notificationLink', () => {
  it('takes a message’s reminder and overdue alert to 留言详情', () => {
    expect(about(NotificationKind.MessageReminder, { type: 'message', id: 41 })).toBe('/messages/41');
    expect(about(NotificationKind.MessageOverdue, { type: 'message', id: 42 })).toBe('/messages/42');
  });

  it('takes a 依申请公开 reminder, overdue alert and 催办 to 申请详情', () => {
    expect(about(NotificationKind.DisclosureReminder, { type: 'disclosure', id: 7 })).toBe('/disclosure/7');
    expect(about(NotificationKind.DisclosureOverdue, { type: 'disclosure', id: 8 })).toBe('/disclosure/8');
    expect(about(NotificationKind.DisclosureChase, { type: 'disclosure', id: 9 })).toBe('/disclosure/9');
  });

  it('takes a solicitation’s overdue feedback to 征集详情', () => {
    expect(about(NotificationKind.SolicitationFeedbackOverdue, { type: 'solicitation', id: 5 })).toBe('/solicitations/5');
  });

  it('takes an update reminder to the unit’s 信息公开', () => {
    expect(about(NotificationKind.NoticeStale, null)).toBe('/notices');
  });

  it('links nowhere for one that names nothing, as a 依申请公开 reminder delivered before notifications had subjects', () => {
    expect(about(NotificationKind.DisclosureReminder, null)).toBeNull();
  });
});

describe('subjectLink', () => {
  it('gives each subject’s detail page, as 通知发送失败 links a staff notice that was not delivered', () => {
    expect([subjectLink({ type: 'message', id: 1 }), subjectLink({ type: 'disclosure', id: 2 }), subjectLink({ type: 'solicitation', id: 3 })]).toEqual([
      '/messages/1',
      '/disclosure/2',
      '/solicitations/3',
    ]);
  });
});
