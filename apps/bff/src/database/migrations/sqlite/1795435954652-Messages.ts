import { MigrationInterface, QueryRunner } from 'typeorm';

export class Messages1795435954652 implements MigrationInterface {
  name = 'Messages1795435954652';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "citizen_session" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "citizenId" integer NOT NULL, "createdAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "expiresAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_citizen_session_citizen" ON "citizen_session" ("citizenId") `);
    await queryRunner.query(`CREATE TABLE "citizen" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "openid" varchar(64) NOT NULL, "unionid" varchar(64), "phoneEncrypted" varchar(255), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "lastLoginAt" datetime, CONSTRAINT "UQ_54858d671ae659d9c19bf983e43" UNIQUE ("openid"))`);
    await queryRunner.query(`CREATE TABLE "idempotency_record" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "citizenId" integer NOT NULL, "key" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "messageId" integer, "createdAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_idempotency_citizen_key" ON "idempotency_record" ("citizenId", "key") `);
    await queryRunner.query(`CREATE TABLE "message_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "messageId" integer NOT NULL, "at" datetime NOT NULL, "action" varchar(32) NOT NULL, "actorType" varchar(16) NOT NULL, "actorId" integer, "agencyId" integer, "fromStatus" varchar(16), "toStatus" varchar(16), "reason" varchar(500))`);
    await queryRunner.query(`CREATE INDEX "idx_message_event_message" ON "message_event" ("messageId", "id") `);
    await queryRunner.query(`CREATE TABLE "message_extension" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "messageId" integer NOT NULL, "agencyId" integer NOT NULL, "requestedBy" integer NOT NULL, "workdays" integer NOT NULL, "reason" varchar(500) NOT NULL, "status" varchar(16) NOT NULL, "requestedAt" datetime NOT NULL, "decidedBy" integer, "decidedAt" datetime, "decisionNote" varchar(500))`);
    await queryRunner.query(`CREATE INDEX "idx_message_extension_message" ON "message_extension" ("messageId") `);
    await queryRunner.query(`CREATE TABLE "message_reply" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "messageId" integer NOT NULL, "agencyId" integer NOT NULL, "staffId" integer NOT NULL, "bodyHtml" text NOT NULL, "createdAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_message_reply_message" ON "message_reply" ("messageId", "id") `);
    await queryRunner.query(`CREATE TABLE "message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(32) NOT NULL, "citizenId" integer NOT NULL, "type" varchar(16) NOT NULL, "channel" varchar(24) NOT NULL, "status" varchar(16) NOT NULL, "targetAgencyId" integer, "assignedAgencyId" integer, "title" varchar(60) NOT NULL, "content" text NOT NULL, "contactNameEncrypted" varchar(255) NOT NULL, "contactPhoneEncrypted" varchar(255) NOT NULL, "isPublic" boolean NOT NULL, "moderation" varchar(16) NOT NULL, "routedBy" varchar(16), "notifyOnReply" boolean NOT NULL DEFAULT (0), "submittedAt" datetime NOT NULL, "assignedAt" datetime, "dueAt" datetime, "repliedAt" datetime, "closedAt" datetime, "reminderQueuedAt" datetime, "overdueQueuedAt" datetime, "rating" varchar(24), "ratingComment" varchar(200), "ratedAt" datetime, "anonymisedAt" datetime, "version" integer NOT NULL, CONSTRAINT "UQ_975d0a04142320d5ad8189c67cc" UNIQUE ("caseNo"))`);
    await queryRunner.query(`CREATE INDEX "idx_message_board" ON "message" ("isPublic", "status", "repliedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_due" ON "message" ("status", "dueAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_citizen" ON "message" ("citizenId", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_agency_status" ON "message" ("assignedAgencyId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_message_status_submitted" ON "message" ("status", "submittedAt") `);
    await queryRunner.query(`CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agencyId" integer NOT NULL, "kind" varchar(32) NOT NULL, "messageId" integer, "text" varchar(200) NOT NULL, "createdAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_notification_agency" ON "notification" ("agencyId", "id") `);
    await queryRunner.query(`CREATE TABLE "outbox_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(24) NOT NULL, "dedupeKey" varchar(128) NOT NULL, "recipientId" integer NOT NULL, "payload" text NOT NULL, "status" varchar(16) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime NOT NULL, "claimedUntil" datetime, "lastError" varchar(200), "createdAt" datetime NOT NULL, "sentAt" datetime, CONSTRAINT "UQ_69280564d42205e346d8a65cba0" UNIQUE ("dedupeKey"))`);
    await queryRunner.query(`CREATE INDEX "idx_outbox_due" ON "outbox_item" ("status", "nextAttemptAt") `);
    await queryRunner.query(`CREATE TABLE "routing_rule" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "keyword" varchar(32) NOT NULL, "agencyId" integer NOT NULL, "priority" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`DROP INDEX "idx_message_board"`);
    await queryRunner.query(`DROP INDEX "idx_message_due"`);
    await queryRunner.query(`DROP INDEX "idx_message_citizen"`);
    await queryRunner.query(`DROP INDEX "idx_message_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_message_status_submitted"`);
    await queryRunner.query(`CREATE TABLE "temporary_message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(32) NOT NULL, "citizenId" integer NOT NULL, "type" varchar(16) NOT NULL, "channel" varchar(24) NOT NULL, "status" varchar(16) NOT NULL, "targetAgencyId" integer, "assignedAgencyId" integer, "title" varchar(60) NOT NULL, "content" text NOT NULL, "contactNameEncrypted" varchar(255) NOT NULL, "contactPhoneEncrypted" varchar(255) NOT NULL, "isPublic" boolean NOT NULL, "moderation" varchar(16) NOT NULL, "routedBy" varchar(16), "notifyOnReply" boolean NOT NULL DEFAULT (0), "submittedAt" datetime NOT NULL, "assignedAt" datetime, "dueAt" datetime, "repliedAt" datetime, "closedAt" datetime, "reminderQueuedAt" datetime, "overdueQueuedAt" datetime, "rating" varchar(24), "ratingComment" varchar(200), "ratedAt" datetime, "anonymisedAt" datetime, "version" integer NOT NULL, CONSTRAINT "UQ_975d0a04142320d5ad8189c67cc" UNIQUE ("caseNo"), CONSTRAINT "FK_83457fd4b230553ff192e23c84d" FOREIGN KEY ("assignedAgencyId") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_message"("id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version") SELECT "id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version" FROM "message"`);
    await queryRunner.query(`DROP TABLE "message"`);
    await queryRunner.query(`ALTER TABLE "temporary_message" RENAME TO "message"`);
    await queryRunner.query(`CREATE INDEX "idx_message_board" ON "message" ("isPublic", "status", "repliedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_due" ON "message" ("status", "dueAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_citizen" ON "message" ("citizenId", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_agency_status" ON "message" ("assignedAgencyId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_message_status_submitted" ON "message" ("status", "submittedAt") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_message_status_submitted"`);
    await queryRunner.query(`DROP INDEX "idx_message_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_message_citizen"`);
    await queryRunner.query(`DROP INDEX "idx_message_due"`);
    await queryRunner.query(`DROP INDEX "idx_message_board"`);
    await queryRunner.query(`ALTER TABLE "message" RENAME TO "temporary_message"`);
    await queryRunner.query(`CREATE TABLE "message" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(32) NOT NULL, "citizenId" integer NOT NULL, "type" varchar(16) NOT NULL, "channel" varchar(24) NOT NULL, "status" varchar(16) NOT NULL, "targetAgencyId" integer, "assignedAgencyId" integer, "title" varchar(60) NOT NULL, "content" text NOT NULL, "contactNameEncrypted" varchar(255) NOT NULL, "contactPhoneEncrypted" varchar(255) NOT NULL, "isPublic" boolean NOT NULL, "moderation" varchar(16) NOT NULL, "routedBy" varchar(16), "notifyOnReply" boolean NOT NULL DEFAULT (0), "submittedAt" datetime NOT NULL, "assignedAt" datetime, "dueAt" datetime, "repliedAt" datetime, "closedAt" datetime, "reminderQueuedAt" datetime, "overdueQueuedAt" datetime, "rating" varchar(24), "ratingComment" varchar(200), "ratedAt" datetime, "anonymisedAt" datetime, "version" integer NOT NULL, CONSTRAINT "UQ_975d0a04142320d5ad8189c67cc" UNIQUE ("caseNo"))`);
    await queryRunner.query(`INSERT INTO "message"("id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version") SELECT "id", "caseNo", "citizenId", "type", "channel", "status", "targetAgencyId", "assignedAgencyId", "title", "content", "contactNameEncrypted", "contactPhoneEncrypted", "isPublic", "moderation", "routedBy", "notifyOnReply", "submittedAt", "assignedAt", "dueAt", "repliedAt", "closedAt", "reminderQueuedAt", "overdueQueuedAt", "rating", "ratingComment", "ratedAt", "anonymisedAt", "version" FROM "temporary_message"`);
    await queryRunner.query(`DROP TABLE "temporary_message"`);
    await queryRunner.query(`CREATE INDEX "idx_message_status_submitted" ON "message" ("status", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_agency_status" ON "message" ("assignedAgencyId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_message_citizen" ON "message" ("citizenId", "submittedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_due" ON "message" ("status", "dueAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_board" ON "message" ("isPublic", "status", "repliedAt") `);
    await queryRunner.query(`DROP TABLE "routing_rule"`);
    await queryRunner.query(`DROP INDEX "idx_outbox_due"`);
    await queryRunner.query(`DROP TABLE "outbox_item"`);
    await queryRunner.query(`DROP INDEX "idx_notification_agency"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "idx_message_status_submitted"`);
    await queryRunner.query(`DROP INDEX "idx_message_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_message_citizen"`);
    await queryRunner.query(`DROP INDEX "idx_message_due"`);
    await queryRunner.query(`DROP INDEX "idx_message_board"`);
    await queryRunner.query(`DROP TABLE "message"`);
    await queryRunner.query(`DROP INDEX "idx_message_reply_message"`);
    await queryRunner.query(`DROP TABLE "message_reply"`);
    await queryRunner.query(`DROP INDEX "idx_message_extension_message"`);
    await queryRunner.query(`DROP TABLE "message_extension"`);
    await queryRunner.query(`DROP INDEX "idx_message_event_message"`);
    await queryRunner.query(`DROP TABLE "message_event"`);
    await queryRunner.query(`DROP INDEX "uq_idempotency_citizen_key"`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
    await queryRunner.query(`DROP TABLE "citizen"`);
    await queryRunner.query(`DROP INDEX "idx_citizen_session_citizen"`);
    await queryRunner.query(`DROP TABLE "citizen_session"`);
  }
}
