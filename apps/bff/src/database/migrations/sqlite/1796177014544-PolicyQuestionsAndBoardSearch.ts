import { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyQuestionsAndBoardSearch1796177014544 implements MigrationInterface {
  name = 'PolicyQuestionsAndBoardSearch1796177014544';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "message_term" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "term" varchar(64) NOT NULL, "messageId" integer NOT NULL, "weight" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_message_term_message" ON "message_term" ("messageId") `);
    await queryRunner.query(`CREATE INDEX "idx_message_term_term" ON "message_term" ("term", "messageId") `);
    await queryRunner.query(`DROP INDEX "idx_message_report_groups"`);
    await queryRunner.query(`DROP INDEX "idx_message_stats"`);
    await queryRunner.query(`DROP INDEX "idx_message_board"`);
    await queryRunner.query(`DROP INDEX "idx_message_due"`);
    await queryRunner.query(`DROP INDEX "idx_message_citizen"`);
    await queryRunner.query(`DROP INDEX "idx_message_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_message_status_submitted"`);
    await queryRunner.query(`CREATE TABLE "temporary_message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(32) NOT NULL, "citizenId" integer NOT NULL, "type" varchar(16) NOT NULL, "channel" varchar(24) NOT NULL, "status" varchar(16) NOT NULL, "targetAgencyId" integer, "assignedAgencyId" integer, "title" varchar(60) NOT NULL, "content" text NOT NULL, "contactNameEncrypted" varchar(255) NOT NULL, "contactPhoneEncrypted" varchar(255) NOT NULL, "isPublic" boolean NOT NULL, "moderation" varchar(16) NOT NULL, "routedBy" varchar(16), "notifyOnReply" boolean NOT NULL DEFAULT (0), "submittedAt" datetime NOT NULL, "assignedAt" datetime, "dueAt" datetime, "repliedAt" datetime, "closedAt" datetime, "reminderQueuedAt" datetime, "overdueQueuedAt" datetime, "rating" varchar(24), "ratingComment" varchar(200), "ratedAt" datetime, "anonymisedAt" datetime, "version" integer NOT NULL, "replyWorkdays" integer, "interpretationId" integer, CONSTRAINT "UQ_975d0a04142320d5ad8189c67cc" UNIQUE ("caseNo"), CONSTRAINT "FK_83457fd4b230553ff192e23c84d" FOREIGN KEY ("assignedAgencyId") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_message"("id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version", "replyWorkdays") SELECT "id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version", "replyWorkdays" FROM "message"`);
    await queryRunner.query(`DROP TABLE "message"`);
    await queryRunner.query(`ALTER TABLE "temporary_message" RENAME TO "message"`);
    await queryRunner.query(`CREATE INDEX "idx_message_report_groups" ON "message" ("channel", "status", "rating", "submittedAt", "repliedAt", "dueAt", "replyWorkdays") `);
    await queryRunner.query(`CREATE INDEX "idx_message_stats" ON "message" ("assignedAgencyId", "type", "channel", "status", "rating", "submittedAt", "repliedAt", "dueAt", "replyWorkdays") `);
    await queryRunner.query(`CREATE INDEX "idx_message_board" ON "message" ("isPublic", "status", "repliedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_due" ON "message" ("status", "dueAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_citizen" ON "message" ("citizenId", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_agency_status" ON "message" ("assignedAgencyId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_message_status_submitted" ON "message" ("status", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_interpretation" ON "message" ("interpretationId", "submittedAt") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_message_interpretation"`);
    await queryRunner.query(`DROP INDEX "idx_message_status_submitted"`);
    await queryRunner.query(`DROP INDEX "idx_message_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_message_citizen"`);
    await queryRunner.query(`DROP INDEX "idx_message_due"`);
    await queryRunner.query(`DROP INDEX "idx_message_board"`);
    await queryRunner.query(`DROP INDEX "idx_message_stats"`);
    await queryRunner.query(`DROP INDEX "idx_message_report_groups"`);
    await queryRunner.query(`ALTER TABLE "message" RENAME TO "temporary_message"`);
    await queryRunner.query(`CREATE TABLE "message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(32) NOT NULL, "citizenId" integer NOT NULL, "type" varchar(16) NOT NULL, "channel" varchar(24) NOT NULL, "status" varchar(16) NOT NULL, "targetAgencyId" integer, "assignedAgencyId" integer, "title" varchar(60) NOT NULL, "content" text NOT NULL, "contactNameEncrypted" varchar(255) NOT NULL, "contactPhoneEncrypted" varchar(255) NOT NULL, "isPublic" boolean NOT NULL, "moderation" varchar(16) NOT NULL, "routedBy" varchar(16), "notifyOnReply" boolean NOT NULL DEFAULT (0), "submittedAt" datetime NOT NULL, "assignedAt" datetime, "dueAt" datetime, "repliedAt" datetime, "closedAt" datetime, "reminderQueuedAt" datetime, "overdueQueuedAt" datetime, "rating" varchar(24), "ratingComment" varchar(200), "ratedAt" datetime, "anonymisedAt" datetime, "version" integer NOT NULL, "replyWorkdays" integer, CONSTRAINT "UQ_975d0a04142320d5ad8189c67cc" UNIQUE ("caseNo"), CONSTRAINT "FK_83457fd4b230553ff192e23c84d" FOREIGN KEY ("assignedAgencyId") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "message"("id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version", "replyWorkdays") SELECT "id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version", "replyWorkdays" FROM "temporary_message"`);
    await queryRunner.query(`DROP TABLE "temporary_message"`);
    await queryRunner.query(`CREATE INDEX "idx_message_status_submitted" ON "message" ("status", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_agency_status" ON "message" ("assignedAgencyId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_message_citizen" ON "message" ("citizenId", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_due" ON "message" ("status", "dueAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_board" ON "message" ("isPublic", "status", "repliedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_stats" ON "message" ("assignedAgencyId", "type", "channel", "status", "rating", "submittedAt", "repliedAt", "dueAt", "replyWorkdays") `);
    await queryRunner.query(`CREATE INDEX "idx_message_report_groups" ON "message" ("channel", "status", "rating", "submittedAt", "repliedAt", "dueAt", "replyWorkdays") `);
    await queryRunner.query(`DROP INDEX "idx_message_term_term"`);
    await queryRunner.query(`DROP INDEX "idx_message_term_message"`);
    await queryRunner.query(`DROP TABLE "message_term"`);
  }
}
