import { MigrationInterface, QueryRunner } from 'typeorm';

export class AnnualReport1796151278441 implements MigrationInterface {
  name = 'AnnualReport1796151278441';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "report_manual_figure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "agencyId" integer NOT NULL, "licensing" integer NOT NULL, "penalties" integer NOT NULL, "enforcement" integer NOT NULL, "feesYuan" bigint NOT NULL, "updatedById" integer NOT NULL, "updatedAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_report_manual_figure" ON "report_manual_figure" ("year", "agencyId") `);
    await queryRunner.query(`CREATE TABLE "report_text_version" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "scopeId" integer NOT NULL, "section" varchar(16) NOT NULL, "version" integer NOT NULL, "text" text NOT NULL, "authorId" integer NOT NULL, "createdAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_report_text_version" ON "report_text_version" ("year", "scopeId", "section", "version") `);
    await queryRunner.query(`CREATE TABLE "temporary_policy_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(200) NOT NULL, "docNumber" varchar(64) NOT NULL, "issuer" varchar(100) NOT NULL, "issuedOn" varchar(10) NOT NULL, "validity" varchar(16) NOT NULL, "createdAt" datetime NOT NULL, "kind" varchar(16) NOT NULL DEFAULT ('other'), "repealedOn" varchar(10), CONSTRAINT "UQ_23f189b4caa5e1545015c7bafb2" UNIQUE ("docNumber"))`);
    await queryRunner.query(`INSERT INTO "temporary_policy_document"("id", "title", "docNumber", "issuer", "issuedOn", "validity", "createdAt") SELECT "id", "title", "docNumber", "issuer", "issuedOn", "validity", "createdAt" FROM "policy_document"`);
    await queryRunner.query(`DROP TABLE "policy_document"`);
    await queryRunner.query(`ALTER TABLE "temporary_policy_document" RENAME TO "policy_document"`);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_finished" ON "disclosure_application" ("finishedAt", "agencyId") `);
    await queryRunner.query(`CREATE INDEX "idx_disclosure_received" ON "disclosure_application" ("receivedOn", "agencyId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_disclosure_received"`);
    await queryRunner.query(`DROP INDEX "idx_disclosure_finished"`);
    await queryRunner.query(`ALTER TABLE "policy_document" RENAME TO "temporary_policy_document"`);
    await queryRunner.query(`CREATE TABLE "policy_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(200) NOT NULL, "docNumber" varchar(64) NOT NULL, "issuer" varchar(100) NOT NULL, "issuedOn" varchar(10) NOT NULL, "validity" varchar(16) NOT NULL, "createdAt" datetime NOT NULL, CONSTRAINT "UQ_23f189b4caa5e1545015c7bafb2" UNIQUE ("docNumber"))`);
    await queryRunner.query(`INSERT INTO "policy_document"("id", "title", "docNumber", "issuer", "issuedOn", "validity", "createdAt") SELECT "id", "title", "docNumber", "issuer", "issuedOn", "validity", "createdAt" FROM "temporary_policy_document"`);
    await queryRunner.query(`DROP TABLE "temporary_policy_document"`);
    await queryRunner.query(`DROP INDEX "uq_report_text_version"`);
    await queryRunner.query(`DROP TABLE "report_text_version"`);
    await queryRunner.query(`DROP INDEX "uq_report_manual_figure"`);
    await queryRunner.query(`DROP TABLE "report_manual_figure"`);
  }
}
