import { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicEnterpriseNotices1796108081534 implements MigrationInterface {
  name = 'PublicEnterpriseNotices1796108081534';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notice_reminder" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "periodKey" varchar(96) NOT NULL, "agencyId" integer NOT NULL, "section" varchar(16) NOT NULL, "lastPublishedAt" datetime, "remindedAt" datetime NOT NULL, CONSTRAINT "UQ_d0865b6eb0f3dbc114a64b7cfaa" UNIQUE ("periodKey"))`);
    await queryRunner.query(`CREATE TABLE "notice" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agencyId" integer NOT NULL, "section" varchar(16) NOT NULL, "title" varchar(100) NOT NULL, "bodyHtml" text NOT NULL, "validFrom" datetime, "validUntil" datetime, "status" varchar(16) NOT NULL, "publishedAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "withdrawnAt" datetime, "withdrawReason" varchar(500), "authorId" integer, "updatedBy" integer, "version" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_notice_published" ON "notice" ("status", "publishedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_notice_unit_section" ON "notice" ("agencyId", "section", "status", "publishedAt") `);
    await queryRunner.query(`DROP INDEX "idx_notice_published"`);
    await queryRunner.query(`DROP INDEX "idx_notice_unit_section"`);
    await queryRunner.query(`CREATE TABLE "temporary_notice" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agencyId" integer NOT NULL, "section" varchar(16) NOT NULL, "title" varchar(100) NOT NULL, "bodyHtml" text NOT NULL, "validFrom" datetime, "validUntil" datetime, "status" varchar(16) NOT NULL, "publishedAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "withdrawnAt" datetime, "withdrawReason" varchar(500), "authorId" integer, "updatedBy" integer, "version" integer NOT NULL, CONSTRAINT "FK_acc45a3324bf99d8ad3dd44d933" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_notice"("id", "agencyId", "section", "title", "bodyHtml", "validFrom", "validUntil", "status", "publishedAt", "updatedAt", "withdrawnAt", "withdrawReason", "authorId", "updatedBy", "version") SELECT "id", "agencyId", "section", "title", "bodyHtml", "validFrom", "validUntil", "status", "publishedAt", "updatedAt", "withdrawnAt", "withdrawReason", "authorId", "updatedBy", "version" FROM "notice"`);
    await queryRunner.query(`DROP TABLE "notice"`);
    await queryRunner.query(`ALTER TABLE "temporary_notice" RENAME TO "notice"`);
    await queryRunner.query(`CREATE INDEX "idx_notice_published" ON "notice" ("status", "publishedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_notice_unit_section" ON "notice" ("agencyId", "section", "status", "publishedAt") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_notice_unit_section"`);
    await queryRunner.query(`DROP INDEX "idx_notice_published"`);
    await queryRunner.query(`ALTER TABLE "notice" RENAME TO "temporary_notice"`);
    await queryRunner.query(`CREATE TABLE "notice" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agencyId" integer NOT NULL, "section" varchar(16) NOT NULL, "title" varchar(100) NOT NULL, "bodyHtml" text NOT NULL, "validFrom" datetime, "validUntil" datetime, "status" varchar(16) NOT NULL, "publishedAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "withdrawnAt" datetime, "withdrawReason" varchar(500), "authorId" integer, "updatedBy" integer, "version" integer NOT NULL)`);
    await queryRunner.query(`INSERT INTO "notice"("id", "agencyId", "section", "title", "bodyHtml", "validFrom", "validUntil", "status", "publishedAt", "updatedAt", "withdrawnAt", "withdrawReason", "authorId", "updatedBy", "version") SELECT "id", "agencyId", "section", "title", "bodyHtml", "validFrom", "validUntil", "status", "publishedAt", "updatedAt", "withdrawnAt", "withdrawReason", "authorId", "updatedBy", "version" FROM "temporary_notice"`);
    await queryRunner.query(`DROP TABLE "temporary_notice"`);
    await queryRunner.query(`CREATE INDEX "idx_notice_unit_section" ON "notice" ("agencyId", "section", "status", "publishedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_notice_published" ON "notice" ("status", "publishedAt") `);
    await queryRunner.query(`DROP INDEX "idx_notice_unit_section"`);
    await queryRunner.query(`DROP INDEX "idx_notice_published"`);
    await queryRunner.query(`DROP TABLE "notice"`);
    await queryRunner.query(`DROP TABLE "notice_reminder"`);
  }
}
