import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationSubjects1796224320130 implements MigrationInterface {
  name = 'NotificationSubjects1796224320130';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_notification_agency"`);
    await queryRunner.query(`CREATE TABLE "temporary_notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agencyId" integer NOT NULL, "kind" varchar(32) NOT NULL, "text" varchar(200) NOT NULL, "createdAt" datetime NOT NULL, "subjectType" varchar(16), "subjectId" integer)`);
    // Written by hand: a notification about a message keeps it as its subject (the diff would drop messageId's values).
    await queryRunner.query(`INSERT INTO "temporary_notification"("id", "agencyId", "kind", "text", "createdAt", "subjectType", "subjectId") SELECT "id", "agencyId", "kind", "text", "createdAt", CASE WHEN "messageId" IS NULL THEN NULL ELSE 'message' END, "messageId" FROM "notification"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`ALTER TABLE "temporary_notification" RENAME TO "notification"`);
    await queryRunner.query(`CREATE INDEX "idx_notification_agency" ON "notification" ("agencyId", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_notification_agency"`);
    await queryRunner.query(`ALTER TABLE "notification" RENAME TO "temporary_notification"`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agencyId" integer NOT NULL, "kind" varchar(32) NOT NULL, "messageId" integer, "text" varchar(200) NOT NULL, "createdAt" datetime NOT NULL)`);
    // Only a message survives as messageId; other subjects are lost going back.
    await queryRunner.query(`INSERT INTO "notification"("id", "agencyId", "kind", "messageId", "text", "createdAt") SELECT "id", "agencyId", "kind", CASE WHEN "subjectType" = 'message' THEN "subjectId" ELSE NULL END, "text", "createdAt" FROM "temporary_notification"`);
    await queryRunner.query(`DROP TABLE "temporary_notification"`);
    await queryRunner.query(`CREATE INDEX "idx_notification_agency" ON "notification" ("agencyId", "id") `);
  }
}
