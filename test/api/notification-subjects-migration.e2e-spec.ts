// The migration that gave console notifications a subject (NotificationSubjects) keeps what the old rows knew: a
// notification about a message names it as its subject, the others name none; undone, the message comes back as
// messageId. Run on a database built by the migrations before it, with rows as the old outbox worker wrote them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { resolveDataSourceOptions } from '../../apps/bff/src/database/data-source';
import { migrationsFor } from '../../apps/bff/src/database/migrations';
import { NotificationSubjects1796224320130 as MysqlNotificationSubjects } from '../../apps/bff/src/database/migrations/mysql/1796224320130-NotificationSubjects';
import { NotificationSubjects1796224320130 as SqliteNotificationSubjects } from '../../apps/bff/src/database/migrations/sqlite/1796224320130-NotificationSubjects';
import { TEST_DB } from '../support/api-app';
import { createMysqlDatabase } from '../support/mysql';

describe(`the NotificationSubjects migration carries notifications' messages over (${TEST_DB})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'weimin-notification-migration-'));
  let drop: (() => Promise<void>) | undefined;
  let url: string | undefined;

  beforeAll(async () => {
    if (TEST_DB === 'mysql') ({ url, drop } = await createMysqlDatabase());
  });
  afterAll(async () => {
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The database migrated to just before NotificationSubjects, or through it (not later ones, so undoing undoes it). */
  async function open(through: 'the one before' | 'NotificationSubjects'): Promise<DataSource> {
    const options = await resolveDataSourceOptions({
      type: TEST_DB,
      sqlitePath: join(dir, 'notifications.sqlite'),
      url,
      connectTimeoutMs: 10_000,
      queryTimeoutMs: 10_000,
    });
    const migration = TEST_DB === 'mysql' ? MysqlNotificationSubjects : SqliteNotificationSubjects;
    const all = migrationsFor(TEST_DB);
    expect(all).toContain(migration);
    const migrations = all.slice(0, all.indexOf(migration) + (through === 'NotificationSubjects' ? 1 : 0));
    const dataSource = new DataSource({ ...options, migrations });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'all' });
    return dataSource;
  }

  const rows = (dataSource: DataSource, columns: string) =>
    dataSource.query(`SELECT ${columns} FROM notification ORDER BY id`) as Promise<Array<Record<string, unknown>>>;

  it('names the message as the subject of a notification about one, and no subject otherwise; undone, messageId again', async () => {
    const old = await open('the one before');
    try {
      const at = '2026-11-27 10:00:00';
      await old.query(
        `INSERT INTO notification (agencyId, kind, messageId, text, createdAt) VALUES (3, 'reminder', 41, '留言即将到期', '${at}'), (4, 'notice_stale', NULL, '栏目未更新', '${at}'), (3, 'disclosure_reminder', NULL, '申请即将到期', '${at}')`,
      );
    } finally {
      await old.destroy();
    }

    const migrated = await open('NotificationSubjects');
    try {
      expect(await rows(migrated, 'agencyId, kind, subjectType, subjectId, text')).toEqual([
        { agencyId: 3, kind: 'reminder', subjectType: 'message', subjectId: 41, text: '留言即将到期' },
        { agencyId: 4, kind: 'notice_stale', subjectType: null, subjectId: null, text: '栏目未更新' },
        { agencyId: 3, kind: 'disclosure_reminder', subjectType: null, subjectId: null, text: '申请即将到期' },
      ]);
      // A notification written since, about a solicitation, has no message to go back to.
      await migrated.query(
        `INSERT INTO notification (agencyId, kind, subjectType, subjectId, text, createdAt) VALUES (3, 'solicitation_feedback_overdue', 'solicitation', 9, '反馈逾期', '2026-11-28 10:00:00')`,
      );

      await migrated.undoLastMigration({ transaction: 'all' });
      expect((await rows(migrated, 'kind, messageId')).map((row) => row.messageId)).toEqual([41, null, null, null]);
    } finally {
      await migrated.destroy();
    }
  });
});
