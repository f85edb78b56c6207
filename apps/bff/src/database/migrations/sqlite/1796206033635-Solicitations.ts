import { MigrationInterface, QueryRunner } from 'typeorm';

export class Solicitations1796206033635 implements MigrationInterface {
  name = 'Solicitations1796206033635';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "solicitation_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "solicitationId" integer NOT NULL, "at" datetime NOT NULL, "action" varchar(24) NOT NULL, "level" integer, "actorId" integer, "actorRole" varchar(16), "fromStatus" varchar(32), "toStatus" varchar(32) NOT NULL, "opinionId" integer, "comment" varchar(500))`);
    await queryRunner.query(`CREATE INDEX "idx_solicitation_event_item" ON "solicitation_event" ("solicitationId", "id") `);
    await queryRunner.query(`CREATE TABLE "solicitation_opinion" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "solicitationId" integer NOT NULL, "citizenId" integer NOT NULL, "content" text NOT NULL, "answersJson" text NOT NULL, "contactNameEncrypted" varchar(255) NOT NULL, "isPublic" boolean NOT NULL, "moderation" varchar(16) NOT NULL, "idempotencyKey" varchar(64) NOT NULL, "requestHash" varchar(64) NOT NULL, "submittedAt" datetime NOT NULL, "adoption" varchar(16), "adoptionReason" varchar(500), "markedAt" datetime, "markedBy" integer)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_solicitation_opinion_key" ON "solicitation_opinion" ("citizenId", "idempotencyKey") `);
    await queryRunner.query(`CREATE INDEX "idx_solicitation_opinion_citizen" ON "solicitation_opinion" ("citizenId", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_solicitation_opinion_item" ON "solicitation_opinion" ("solicitationId", "id") `);
    await queryRunner.query(`CREATE TABLE "solicitation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "summary" varchar(300) NOT NULL, "bodyHtml" text NOT NULL, "questionsJson" text NOT NULL, "periodDays" integer NOT NULL, "shortPeriodReason" varchar(500), "attachmentUrl" varchar(500), "attachmentName" varchar(100), "agencyId" integer NOT NULL, "authorId" integer, "status" varchar(32) NOT NULL, "opensAt" datetime, "closesAt" datetime, "feedbackHtml" text, "feedbackAuthorId" integer, "feedbackPublishedAt" datetime, "overdueRemindedAt" datetime, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "version" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_solicitation_status_closes" ON "solicitation" ("status", "closesAt") `);
    await queryRunner.query(`CREATE INDEX "idx_solicitation_agency_status" ON "solicitation" ("agencyId", "status") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_solicitation_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_solicitation_status_closes"`);
    await queryRunner.query(`DROP TABLE "solicitation"`);
    await queryRunner.query(`DROP INDEX "idx_solicitation_opinion_item"`);
    await queryRunner.query(`DROP INDEX "idx_solicitation_opinion_citizen"`);
    await queryRunner.query(`DROP INDEX "uq_solicitation_opinion_key"`);
    await queryRunner.query(`DROP TABLE "solicitation_opinion"`);
    await queryRunner.query(`DROP INDEX "idx_solicitation_event_item"`);
    await queryRunner.query(`DROP TABLE "solicitation_event"`);
  }
}
