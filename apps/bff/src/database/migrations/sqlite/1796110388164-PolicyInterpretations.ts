import { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyInterpretations1796110388164 implements MigrationInterface {
  name = 'PolicyInterpretations1796110388164';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "interpretation_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "interpretationId" integer NOT NULL, "at" datetime NOT NULL, "action" varchar(16) NOT NULL, "level" integer, "actorId" integer, "actorRole" varchar(16), "fromStatus" varchar(16), "toStatus" varchar(16) NOT NULL, "comment" varchar(500))`);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_event_item" ON "interpretation_event" ("interpretationId", "id") `);
    await queryRunner.query(`CREATE TABLE "interpretation_feedback" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "interpretationId" integer NOT NULL, "citizenId" integer NOT NULL, "helpful" boolean NOT NULL, "at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_interpretation_feedback_citizen" ON "interpretation_feedback" ("interpretationId", "citizenId") `);
    await queryRunner.query(`CREATE TABLE "interpretation_relation" ("interpretationId" integer NOT NULL, "relatedId" integer NOT NULL, PRIMARY KEY ("interpretationId", "relatedId"))`);
    await queryRunner.query(`CREATE TABLE "interpretation_stage" ("interpretationId" integer NOT NULL, "stage" varchar(32) NOT NULL, PRIMARY KEY ("interpretationId", "stage"))`);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_stage_stage" ON "interpretation_stage" ("stage", "interpretationId") `);
    await queryRunner.query(`CREATE TABLE "interpretation_term" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "term" varchar(64) NOT NULL, "interpretationId" integer NOT NULL, "weight" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_term_item" ON "interpretation_term" ("interpretationId") `);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_term_term" ON "interpretation_term" ("term", "interpretationId") `);
    await queryRunner.query(`CREATE TABLE "interpretation_variant" ("interpretationId" integer NOT NULL, "language" varchar(8) NOT NULL, "title" varchar(200) NOT NULL, "summary" varchar(600) NOT NULL, "bodyHtml" text NOT NULL, PRIMARY KEY ("interpretationId", "language"))`);
    await queryRunner.query(`CREATE TABLE "policy_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(200) NOT NULL, "docNumber" varchar(64) NOT NULL, "issuer" varchar(100) NOT NULL, "issuedOn" varchar(10) NOT NULL, "validity" varchar(16) NOT NULL, "createdAt" datetime NOT NULL, CONSTRAINT "UQ_23f189b4caa5e1545015c7bafb2" UNIQUE ("docNumber"))`);
    await queryRunner.query(`CREATE TABLE "interpretation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "summary" varchar(300) NOT NULL, "bodyHtml" text NOT NULL, "format" varchar(16) NOT NULL, "mediaUrl" varchar(500), "imageUrl" varchar(500), "policyDocumentId" integer, "agencyId" integer NOT NULL, "authorId" integer, "status" varchar(16) NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "publishedAt" datetime, "withdrawnAt" datetime, "withdrawReason" varchar(500), "viewCount" integer NOT NULL DEFAULT (0), "helpfulCount" integer NOT NULL DEFAULT (0), "unhelpfulCount" integer NOT NULL DEFAULT (0), "version" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_status_published" ON "interpretation" ("status", "publishedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_agency_status" ON "interpretation" ("agencyId", "status") `);
    await queryRunner.query(`DROP INDEX "idx_interpretation_status_published"`);
    await queryRunner.query(`DROP INDEX "idx_interpretation_agency_status"`);
    await queryRunner.query(`CREATE TABLE "temporary_interpretation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "summary" varchar(300) NOT NULL, "bodyHtml" text NOT NULL, "format" varchar(16) NOT NULL, "mediaUrl" varchar(500), "imageUrl" varchar(500), "policyDocumentId" integer, "agencyId" integer NOT NULL, "authorId" integer, "status" varchar(16) NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "publishedAt" datetime, "withdrawnAt" datetime, "withdrawReason" varchar(500), "viewCount" integer NOT NULL DEFAULT (0), "helpfulCount" integer NOT NULL DEFAULT (0), "unhelpfulCount" integer NOT NULL DEFAULT (0), "version" integer NOT NULL, CONSTRAINT "FK_dd88f05d35b858762f141bc1ef9" FOREIGN KEY ("policyDocumentId") REFERENCES "policy_document" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_66f97c9ce61d60efc2c6cbce5db" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_interpretation"("id", "title", "summary", "bodyHtml", "format", "mediaUrl", "imageUrl", "policyDocumentId", "agencyId", "authorId", "status", "createdAt", "updatedAt", "publishedAt", "withdrawnAt", "withdrawReason", "viewCount", "helpfulCount", "unhelpfulCount", "version") SELECT "id", "title", "summary", "bodyHtml", "format", "mediaUrl", "imageUrl", "policyDocumentId", "agencyId", "authorId", "status", "createdAt", "updatedAt", "publishedAt", "withdrawnAt", "withdrawReason", "viewCount", "helpfulCount", "unhelpfulCount", "version" FROM "interpretation"`);
    await queryRunner.query(`DROP TABLE "interpretation"`);
    await queryRunner.query(`ALTER TABLE "temporary_interpretation" RENAME TO "interpretation"`);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_status_published" ON "interpretation" ("status", "publishedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_agency_status" ON "interpretation" ("agencyId", "status") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_interpretation_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_interpretation_status_published"`);
    await queryRunner.query(`ALTER TABLE "interpretation" RENAME TO "temporary_interpretation"`);
    await queryRunner.query(`CREATE TABLE "interpretation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "summary" varchar(300) NOT NULL, "bodyHtml" text NOT NULL, "format" varchar(16) NOT NULL, "mediaUrl" varchar(500), "imageUrl" varchar(500), "policyDocumentId" integer, "agencyId" integer NOT NULL, "authorId" integer, "status" varchar(16) NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "publishedAt" datetime, "withdrawnAt" datetime, "withdrawReason" varchar(500), "viewCount" integer NOT NULL DEFAULT (0), "helpfulCount" integer NOT NULL DEFAULT (0), "unhelpfulCount" integer NOT NULL DEFAULT (0), "version" integer NOT NULL)`);
    await queryRunner.query(`INSERT INTO "interpretation"("id", "title", "summary", "bodyHtml", "format", "mediaUrl", "imageUrl", "policyDocumentId", "agencyId", "authorId", "status", "createdAt", "updatedAt", "publishedAt", "withdrawnAt", "withdrawReason", "viewCount", "helpfulCount", "unhelpfulCount", "version") SELECT "id", "title", "summary", "bodyHtml", "format", "mediaUrl", "imageUrl", "policyDocumentId", "agencyId", "authorId", "status", "createdAt", "updatedAt", "publishedAt", "withdrawnAt", "withdrawReason", "viewCount", "helpfulCount", "unhelpfulCount", "version" FROM "temporary_interpretation"`);
    await queryRunner.query(`DROP TABLE "temporary_interpretation"`);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_agency_status" ON "interpretation" ("agencyId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_status_published" ON "interpretation" ("status", "publishedAt") `);
    await queryRunner.query(`DROP INDEX "idx_interpretation_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_interpretation_status_published"`);
    await queryRunner.query(`DROP TABLE "interpretation"`);
    await queryRunner.query(`DROP TABLE "policy_document"`);
    await queryRunner.query(`DROP TABLE "interpretation_variant"`);
    await queryRunner.query(`DROP INDEX "idx_interpretation_term_term"`);
    await queryRunner.query(`DROP INDEX "idx_interpretation_term_item"`);
    await queryRunner.query(`DROP TABLE "interpretation_term"`);
    await queryRunner.query(`DROP INDEX "idx_interpretation_stage_stage"`);
    await queryRunner.query(`DROP TABLE "interpretation_stage"`);
    await queryRunner.query(`DROP TABLE "interpretation_relation"`);
    await queryRunner.query(`DROP INDEX "uq_interpretation_feedback_citizen"`);
    await queryRunner.query(`DROP TABLE "interpretation_feedback"`);
    await queryRunner.query(`DROP INDEX "idx_interpretation_event_item"`);
    await queryRunner.query(`DROP TABLE "interpretation_event"`);
  }
}
