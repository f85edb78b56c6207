import { MigrationInterface, QueryRunner } from 'typeorm';

export class Interviews1796210000000 implements MigrationInterface {
  name = 'Interviews1796210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "interview_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "interviewId" integer NOT NULL, "seq" integer NOT NULL, "kind" varchar(8) NOT NULL, "questionId" integer, "question" text, "askerName" varchar(40), "text" text NOT NULL, "authorId" integer NOT NULL, "at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_interview_entry_seq" ON "interview_entry" ("interviewId", "seq") `);
    await queryRunner.query(`CREATE TABLE "interview_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "interviewId" integer NOT NULL, "at" datetime NOT NULL, "action" varchar(24) NOT NULL, "actorId" integer, "actorRole" varchar(16), "fromStatus" varchar(16), "toStatus" varchar(16) NOT NULL, "note" varchar(500))`);
    await queryRunner.query(`CREATE INDEX "idx_interview_event_item" ON "interview_event" ("interviewId", "id") `);
    await queryRunner.query(`CREATE TABLE "interview_question" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "interviewId" integer NOT NULL, "citizenId" integer NOT NULL, "content" text NOT NULL, "contactNameEncrypted" varchar(255) NOT NULL, "contactPhoneEncrypted" varchar(255) NOT NULL, "askerNameMasked" varchar(40) NOT NULL, "isPublic" boolean NOT NULL, "status" varchar(16) NOT NULL, "visibility" varchar(16) NOT NULL, "answeredSeq" integer, "messageId" integer, "idempotencyKey" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "askedAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_interview_question_idempotency" ON "interview_question" ("citizenId", "idempotencyKey") `);
    await queryRunner.query(`CREATE INDEX "idx_interview_question_item" ON "interview_question" ("interviewId", "id") `);
    await queryRunner.query(`CREATE TABLE "interview" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "summary" text NOT NULL, "guestAgencyId" integer NOT NULL, "guestName" varchar(40) NOT NULL, "guestTitle" varchar(60) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL, "hostStaffId" integer, "hostName" varchar(40) NOT NULL, "status" varchar(16) NOT NULL, "videoUrl" varchar(500), "lastSeq" integer NOT NULL DEFAULT (0), "endedAt" datetime, "convertedAt" datetime, "createdBy" integer NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "version" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_interview_guest_agency" ON "interview" ("guestAgencyId", "startsAt") `);
    await queryRunner.query(`CREATE INDEX "idx_interview_starts" ON "interview" ("startsAt") `);
    await queryRunner.query(`DROP INDEX "idx_message_interpretation"`);
    await queryRunner.query(`DROP INDEX "idx_message_status_submitted"`);
    await queryRunner.query(`DROP INDEX "idx_message_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_message_citizen"`);
    await queryRunner.query(`DROP INDEX "idx_message_due"`);
    await queryRunner.query(`DROP INDEX "idx_message_board"`);
    await queryRunner.query(`DROP INDEX "idx_message_stats"`);
    await queryRunner.query(`DROP INDEX "idx_message_report_groups"`);
    await queryRunner.query(`CREATE TABLE "temporary_message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(32) NOT NULL, "citizenId" integer NOT NULL, "type" varchar(16) NOT NULL, "channel" varchar(24) NOT NULL, "status" varchar(16) NOT NULL, "targetAgencyId" integer, "assignedAgencyId" integer, "title" varchar(60) NOT NULL, "content" text NOT NULL, "contactNameEncrypted" varchar(255) NOT NULL, "contactPhoneEncrypted" varchar(255) NOT NULL, "isPublic" boolean NOT NULL, "moderation" varchar(16) NOT NULL, "routedBy" varchar(16), "notifyOnReply" boolean NOT NULL DEFAULT (0), "submittedAt" datetime NOT NULL, "assignedAt" datetime, "dueAt" datetime, "repliedAt" datetime, "closedAt" datetime, "reminderQueuedAt" datetime, "overdueQueuedAt" datetime, "rating" varchar(24), "ratingComment" varchar(200), "ratedAt" datetime, "anonymisedAt" datetime, "version" integer NOT NULL, "replyWorkdays" integer, "interpretationId" integer, "interviewId" integer, CONSTRAINT "UQ_975d0a04142320d5ad8189c67cc" UNIQUE ("caseNo"), CONSTRAINT "FK_83457fd4b230553ff192e23c84d" FOREIGN KEY ("assignedAgencyId") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_message"("id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version", "replyWorkdays", "interpretationId") SELECT "id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version", "replyWorkdays", "interpretationId" FROM "message"`);
    await queryRunner.query(`DROP TABLE "message"`);
    await queryRunner.query(`ALTER TABLE "temporary_message" RENAME TO "message"`);
    await queryRunner.query(`CREATE INDEX "idx_message_interpretation" ON "message" ("interpretationId", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_status_submitted" ON "message" ("status", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_agency_status" ON "message" ("assignedAgencyId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_message_citizen" ON "message" ("citizenId", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_due" ON "message" ("status", "dueAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_board" ON "message" ("isPublic", "status", "repliedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_stats" ON "message" ("assignedAgencyId", "type", "channel", "status", "rating", "submittedAt", "repliedAt", "dueAt", "replyWorkdays") `);
    await queryRunner.query(`CREATE INDEX "idx_message_report_groups" ON "message" ("channel", "status", "rating", "submittedAt", "repliedAt", "dueAt", "replyWorkdays") `);
    await queryRunner.query(`CREATE INDEX "idx_message_interview" ON "message" ("interviewId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_message_interview"`);
    await queryRunner.query(`DROP INDEX "idx_message_report_groups"`);
    await queryRunner.query(`DROP INDEX "idx_message_stats"`);
    await queryRunner.query(`DROP INDEX "idx_message_board"`);
    await queryRunner.query(`DROP INDEX "idx_message_due"`);
    await queryRunner.query(`DROP INDEX "idx_message_citizen"`);
    await queryRunner.query(`DROP INDEX "idx_message_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_message_status_submitted"`);
    await queryRunner.query(`DROP INDEX "idx_message_interpretation"`);
    await queryRunner.query(`ALTER TABLE "message" RENAME TO "temporary_message"`);
    await queryRunner.query(`CREATE TABLE "message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(32) NOT NULL, "citizenId" integer NOT NULL, "type" varchar(16) NOT NULL, "channel" varchar(24) NOT NULL, "status" varchar(16) NOT NULL, "targetAgencyId" integer, "assignedAgencyId" integer, "title" varchar(60) NOT NULL, "content" text NOT NULL, "contactNameEncrypted" varchar(255) NOT NULL, "contactPhoneEncrypted" varchar(255) NOT NULL, "isPublic" boolean NOT NULL, "moderation" varchar(16) NOT NULL, "routedBy" varchar(16), "notifyOnReply" boolean NOT NULL DEFAULT (0), "submittedAt" datetime NOT NULL, "assignedAt" datetime, "dueAt" datetime, "repliedAt" datetime, "closedAt" datetime, "reminderQueuedAt" datetime, "overdueQueuedAt" datetime, "rating" varchar(24), "ratingComment" varchar(200), "ratedAt" datetime, "anonymisedAt" datetime, "version" integer NOT NULL, "replyWorkdays" integer, "interpretationId" integer, CONSTRAINT "UQ_975d0a04142320d5ad8189c67cc" UNIQUE ("caseNo"), CONSTRAINT "FK_83457fd4b230553ff192e23c84d" FOREIGN KEY ("assignedAgencyId") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "message"("id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version", "replyWorkdays", "interpretationId") SELECT "id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version", "replyWorkdays", "interpretationId" FROM "temporary_message"`);
    await queryRunner.query(`DROP TABLE "temporary_message"`);
    await queryRunner.query(`CREATE INDEX "idx_message_report_groups" ON "message" ("channel", "status", "rating", "submittedAt", "repliedAt", "dueAt", "replyWorkdays") `);
    await queryRunner.query(`CREATE INDEX "idx_message_stats" ON "message" ("assignedAgencyId", "type", "channel", "status", "rating", "submittedAt", "repliedAt", "dueAt", "replyWorkdays") `);
    await queryRunner.query(`CREATE INDEX "idx_message_board" ON "message" ("isPublic", "status", "repliedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_due" ON "message" ("status", "dueAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_citizen" ON "message" ("citizenId", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_agency_status" ON "message" ("assignedAgencyId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_message_status_submitted" ON "message" ("status", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_interpretation" ON "message" ("interpretationId", "submittedAt") `);
    await queryRunner.query(`DROP INDEX "idx_interview_starts"`);
    await queryRunner.query(`DROP INDEX "idx_interview_guest_agency"`);
    await queryRunner.query(`DROP TABLE "interview"`);
    await queryRunner.query(`DROP INDEX "idx_interview_question_item"`);
    await queryRunner.query(`DROP INDEX "uq_interview_question_idempotency"`);
    await queryRunner.query(`DROP TABLE "interview_question"`);
    await queryRunner.query(`DROP INDEX "idx_interview_event_item"`);
    await queryRunner.query(`DROP TABLE "interview_event"`);
    await queryRunner.query(`DROP INDEX "uq_interview_entry_seq"`);
    await queryRunner.query(`DROP TABLE "interview_entry"`);
  }
}
