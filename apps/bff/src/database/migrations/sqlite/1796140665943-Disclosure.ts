import { MigrationInterface, QueryRunner } from 'typeorm';

export class Disclosure1796140665943 implements MigrationInterface {
  name = 'Disclosure1796140665943';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "disclosure_application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(32) NOT NULL, "citizenId" integer, "idempotencyKey" varchar(64), "requestHash" varchar(64), "channel" varchar(16) NOT NULL, "receivedOn" varchar(10) NOT NULL, "createdAt" datetime NOT NULL, "registeredById" integer, "applicantKind" varchar(16) NOT NULL, "organisationKind" varchar(16), "applicantName" varchar(100) NOT NULL, "certificateType" varchar(16) NOT NULL, "certificateNumberEncrypted" text NOT NULL, "contactPhoneEncrypted" text NOT NULL, "emailEncrypted" text, "postalAddress" varchar(200) NOT NULL, "infoTitle" varchar(100) NOT NULL, "infoDocumentNumber" varchar(64), "infoDescription" text NOT NULL, "requestedAgencyId" integer, "agencyId" integer, "form" varchar(16) NOT NULL, "deliveryMethod" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "dueOn" varchar(10), "correctionMissing" varchar(1000), "correctionNoticedOn" varchar(10), "correctBy" varchar(10), "correctedOn" varchar(10), "extensionWorkdays" integer, "extensionReason" varchar(500), "extensionStatus" varchar(16), "outcome" varchar(24), "outcomeReason" integer, "replyFacts" text, "replyLegalBasis" varchar(500), "replyDraftedById" integer, "finishedAt" datetime, "deliveredBy" varchar(16), "deliveredOn" varchar(10), "version" integer NOT NULL, CONSTRAINT "UQ_ff0efa6f873d218523218b0bf74" UNIQUE ("caseNo"))`);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_status_due" ON "disclosure_application" ("status", "dueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_citizen" ON "disclosure_application" ("citizenId", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_agency_status" ON "disclosure_application" ("agencyId", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_disclosure_citizen_key" ON "disclosure_application" ("citizenId", "idempotencyKey") `);
    await queryRunner.query(`CREATE TABLE "disclosure_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "at" datetime NOT NULL, "action" varchar(32) NOT NULL, "actorType" varchar(16) NOT NULL, "actorId" integer, "agencyId" integer, "fromStatus" varchar(16), "toStatus" varchar(16), "reason" varchar(1000))`);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_event_application" ON "disclosure_event" ("applicationId", "id") `);
    await queryRunner.query(`CREATE TABLE "disclosure_pause" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "kind" varchar(16) NOT NULL, "party" varchar(200) NOT NULL, "startedOn" varchar(10) NOT NULL, "endedOn" varchar(10))`);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_pause_application" ON "disclosure_pause" ("applicationId", "id") `);
    await queryRunner.query(`CREATE TABLE "disclosure_remedy" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "kind" varchar(24) NOT NULL, "result" varchar(16) NOT NULL, "filedOn" varchar(10) NOT NULL, "note" varchar(500), "recordedById" integer NOT NULL, "recordedAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_remedy_application" ON "disclosure_remedy" ("applicationId", "id") `);
    await queryRunner.query(`CREATE TABLE "disclosure_reply_letter" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "agencyId" integer NOT NULL, "year" integer NOT NULL, "serial" integer NOT NULL, "number" varchar(64) NOT NULL, "sha256" varchar(64) NOT NULL, "content" blob NOT NULL, "createdAt" datetime NOT NULL, CONSTRAINT "UQ_5044ecc564fa84df410660d32dd" UNIQUE ("applicationId"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_disclosure_letter_number" ON "disclosure_reply_letter" ("agencyId", "year", "serial") `);
    await queryRunner.query(`CREATE TABLE "disclosure_letter_sequence" ("agencyId" integer NOT NULL, "year" integer NOT NULL, "lastSerial" integer NOT NULL, PRIMARY KEY ("agencyId", "year"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "disclosure_letter_sequence"`);
    await queryRunner.query(`DROP INDEX "uq_disclosure_letter_number"`);
    await queryRunner.query(`DROP TABLE "disclosure_reply_letter"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_remedy_application"`);
    await queryRunner.query(`DROP TABLE "disclosure_remedy"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_pause_application"`);
    await queryRunner.query(`DROP TABLE "disclosure_pause"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_event_application"`);
    await queryRunner.query(`DROP TABLE "disclosure_event"`);
    await queryRunner.query(`DROP INDEX "uq_disclosure_citizen_key"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_citizen"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_status_due"`);
    await queryRunner.query(`DROP TABLE "disclosure_application"`);
  }
}
