import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportPublishersAndFees1796163620769 implements MigrationInterface {
  name = 'ReportPublishersAndFees1796163620769';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_disclosure_received"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_finished"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_status_due"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_citizen"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_agency_status"`);
    await queryRunner.query(`DROP INDEX "uq_disclosure_citizen_key"`);
    await queryRunner.query(`CREATE TABLE "temporary_disclosure_application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(32) NOT NULL, "citizenId" integer, "idempotencyKey" varchar(64), "requestHash" varchar(64), "channel" varchar(16) NOT NULL, "receivedOn" varchar(10) NOT NULL, "createdAt" datetime NOT NULL, "registeredById" integer, "applicantKind" varchar(16) NOT NULL, "organisationKind" varchar(16), "applicantName" varchar(100) NOT NULL, "certificateType" varchar(16) NOT NULL, "certificateNumberEncrypted" text NOT NULL, "contactPhoneEncrypted" text NOT NULL, "emailEncrypted" text, "postalAddress" varchar(200) NOT NULL, "infoTitle" varchar(100) NOT NULL, "infoDocumentNumber" varchar(64), "infoDescription" text NOT NULL, "requestedAgencyId" integer, "agencyId" integer, "form" varchar(16) NOT NULL, "deliveryMethod" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "dueOn" varchar(10), "correctionMissing" varchar(1000), "correctionNoticedOn" varchar(10), "correctBy" varchar(10), "correctedOn" varchar(10), "extensionWorkdays" integer, "extensionReason" varchar(500), "extensionStatus" varchar(16), "outcome" varchar(24), "outcomeReason" integer, "replyFacts" text, "replyLegalBasis" varchar(500), "replyDraftedById" integer, "finishedAt" datetime, "deliveredBy" varchar(16), "deliveredOn" varchar(10), "version" integer NOT NULL, "reminderQueuedFor" varchar(10), "overdueQueuedFor" varchar(10), "replyFeeFen" integer, CONSTRAINT "UQ_ff0efa6f873d218523218b0bf74" UNIQUE ("caseNo"))`);
    await queryRunner.query(`INSERT INTO "temporary_disclosure_application"("id", "caseNo", "citizenId", "idempotencyKey", "requestHash", "channel", "receivedOn", "createdAt", "registeredById", "applicantKind", "organisationKind", "applicantName", "certificateType", "certificateNumberEncrypted", "contactPhoneEncrypted", "emailEncrypted", "postalAddress", "infoTitle", "infoDocumentNumber", "infoDescription", "requestedAgencyId", "agencyId", "form", "deliveryMethod", "status", "dueOn", "correctionMissing", "correctionNoticedOn", "correctBy", "correctedOn", "extensionWorkdays", "extensionReason", "extensionStatus", "outcome", "outcomeReason", "replyFacts", "replyLegalBasis", "replyDraftedById", "finishedAt", "deliveredBy", "deliveredOn", "version", "reminderQueuedFor", "overdueQueuedFor") SELECT "id", "caseNo", "citizenId", "idempotencyKey", "requestHash", "channel", "receivedOn", "createdAt", "registeredById", "applicantKind", "organisationKind", "applicantName", "certificateType", "certificateNumberEncrypted", "contactPhoneEncrypted", "emailEncrypted", "postalAddress", "infoTitle", "infoDocumentNumber", "infoDescription", "requestedAgencyId", "agencyId", "form", "deliveryMethod", "status", "dueOn", "correctionMissing", "correctionNoticedOn", "correctBy", "correctedOn", "extensionWorkdays", "extensionReason", "extensionStatus", "outcome", "outcomeReason", "replyFacts", "replyLegalBasis", "replyDraftedById", "finishedAt", "deliveredBy", "deliveredOn", "version", "reminderQueuedFor", "overdueQueuedFor" FROM "disclosure_application"`);
    await queryRunner.query(`DROP TABLE "disclosure_application"`);
    await queryRunner.query(`ALTER TABLE "temporary_disclosure_application" RENAME TO "disclosure_application"`);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_received" ON "disclosure_application" ("receivedOn", "agencyId") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_finished" ON "disclosure_application" ("finishedAt", "agencyId") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_status_due" ON "disclosure_application" ("status", "dueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_citizen" ON "disclosure_application" ("citizenId", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_agency_status" ON "disclosure_application" ("agencyId", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_disclosure_citizen_key" ON "disclosure_application" ("citizenId", "idempotencyKey") `);
    await queryRunner.query(`DROP INDEX "idx_report_publication_year"`);
    await queryRunner.query(`CREATE TABLE "temporary_report_publication" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "title" varchar(100) NOT NULL, "snapshot" text NOT NULL, "publishedAt" datetime NOT NULL, "publishedById" integer NOT NULL, "supersededAt" datetime, "agencyId" integer, "publisher" varchar(100) NOT NULL)`);
    // Reports published before departments could publish are the government's: 「临溪市政府信息公开…」 names 临溪市人民政府.
    await queryRunner.query(`INSERT INTO "temporary_report_publication"("id", "year", "title", "snapshot", "publishedAt", "publishedById", "supersededAt", "publisher") SELECT "id", "year", "title", "snapshot", "publishedAt", "publishedById", "supersededAt", substr("title", 1, instr("title", '政府信息公开工作年度报告') - 1) || '人民政府' FROM "report_publication"`);
    await queryRunner.query(`DROP TABLE "report_publication"`);
    await queryRunner.query(`ALTER TABLE "temporary_report_publication" RENAME TO "report_publication"`);
    await queryRunner.query(`CREATE INDEX "idx_report_publication_year" ON "report_publication" ("year", "publishedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_report_publication_publisher" ON "report_publication" ("agencyId", "year") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_report_publication_publisher"`);
    await queryRunner.query(`DROP INDEX "idx_report_publication_year"`);
    await queryRunner.query(`ALTER TABLE "report_publication" RENAME TO "temporary_report_publication"`);
    await queryRunner.query(`CREATE TABLE "report_publication" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "title" varchar(100) NOT NULL, "snapshot" text NOT NULL, "publishedAt" datetime NOT NULL, "publishedById" integer NOT NULL, "supersededAt" datetime)`);
    await queryRunner.query(`INSERT INTO "report_publication"("id", "year", "title", "snapshot", "publishedAt", "publishedById", "supersededAt") SELECT "id", "year", "title", "snapshot", "publishedAt", "publishedById", "supersededAt" FROM "temporary_report_publication"`);
    await queryRunner.query(`DROP TABLE "temporary_report_publication"`);
    await queryRunner.query(`CREATE INDEX "idx_report_publication_year" ON "report_publication" ("year", "publishedAt") `);
    await queryRunner.query(`DROP INDEX "uq_disclosure_citizen_key"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_citizen"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_status_due"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_finished"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_received"`);
    await queryRunner.query(`ALTER TABLE "disclosure_application" RENAME TO "temporary_disclosure_application"`);
    await queryRunner.query(`CREATE TABLE "disclosure_application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseNo" varchar(32) NOT NULL, "citizenId" integer, "idempotencyKey" varchar(64), "requestHash" varchar(64), "channel" varchar(16) NOT NULL, "receivedOn" varchar(10) NOT NULL, "createdAt" datetime NOT NULL, "registeredById" integer, "applicantKind" varchar(16) NOT NULL, "organisationKind" varchar(16), "applicantName" varchar(100) NOT NULL, "certificateType" varchar(16) NOT NULL, "certificateNumberEncrypted" text NOT NULL, "contactPhoneEncrypted" text NOT NULL, "emailEncrypted" text, "postalAddress" varchar(200) NOT NULL, "infoTitle" varchar(100) NOT NULL, "infoDocumentNumber" varchar(64), "infoDescription" text NOT NULL, "requestedAgencyId" integer, "agencyId" integer, "form" varchar(16) NOT NULL, "deliveryMethod" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "dueOn" varchar(10), "correctionMissing" varchar(1000), "correctionNoticedOn" varchar(10), "correctBy" varchar(10), "correctedOn" varchar(10), "extensionWorkdays" integer, "extensionReason" varchar(500), "extensionStatus" varchar(16), "outcome" varchar(24), "outcomeReason" integer, "replyFacts" text, "replyLegalBasis" varchar(500), "replyDraftedById" integer, "finishedAt" datetime, "deliveredBy" varchar(16), "deliveredOn" varchar(10), "version" integer NOT NULL, "reminderQueuedFor" varchar(10), "overdueQueuedFor" varchar(10), CONSTRAINT "UQ_ff0efa6f873d218523218b0bf74" UNIQUE ("caseNo"))`);
    await queryRunner.query(`INSERT INTO "disclosure_application"("id", "caseNo", "citizenId", "idempotencyKey", "requestHash", "channel", "receivedOn", "createdAt", "registeredById", "applicantKind", "organisationKind", "applicantName", "certificateType", "certificateNumberEncrypted", "contactPhoneEncrypted", "emailEncrypted", "postalAddress", "infoTitle", "infoDocumentNumber", "infoDescription", "requestedAgencyId", "agencyId", "form", "deliveryMethod", "status", "dueOn", "correctionMissing", "correctionNoticedOn", "correctBy", "correctedOn", "extensionWorkdays", "extensionReason", "extensionStatus", "outcome", "outcomeReason", "replyFacts", "replyLegalBasis", "replyDraftedById", "finishedAt", "deliveredBy", "deliveredOn", "version", "reminderQueuedFor", "overdueQueuedFor") SELECT "id", "caseNo", "citizenId", "idempotencyKey", "requestHash", "channel", "receivedOn", "createdAt", "registeredById", "applicantKind", "organisationKind", "applicantName", "certificateType", "certificateNumberEncrypted", "contactPhoneEncrypted", "emailEncrypted", "postalAddress", "infoTitle", "infoDocumentNumber", "infoDescription", "requestedAgencyId", "agencyId", "form", "deliveryMethod", "status", "dueOn", "correctionMissing", "correctionNoticedOn", "correctBy", "correctedOn", "extensionWorkdays", "extensionReason", "extensionStatus", "outcome", "outcomeReason", "replyFacts", "replyLegalBasis", "replyDraftedById", "finishedAt", "deliveredBy", "deliveredOn", "version", "reminderQueuedFor", "overdueQueuedFor" FROM "temporary_disclosure_application"`);
    await queryRunner.query(`DROP TABLE "temporary_disclosure_application"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_disclosure_citizen_key" ON "disclosure_application" ("citizenId", "idempotencyKey") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_agency_status" ON "disclosure_application" ("agencyId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_citizen" ON "disclosure_application" ("citizenId", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_status_due" ON "disclosure_application" ("status", "dueOn") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_finished" ON "disclosure_application" ("finishedAt", "agencyId") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_received" ON "disclosure_application" ("receivedOn", "agencyId") `);
  }
}
