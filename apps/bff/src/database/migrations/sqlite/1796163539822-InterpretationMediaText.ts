import { MigrationInterface, QueryRunner } from 'typeorm';

export class InterpretationMediaText1796163539822 implements MigrationInterface {
  name = 'InterpretationMediaText1796163539822';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "system_setting" ("name" varchar(64) PRIMARY KEY NOT NULL, "value" text NOT NULL, "updatedById" integer, "updatedAt" datetime NOT NULL)`);
    await queryRunner.query(`DROP INDEX "idx_interpretation_agency_status"`);
    await queryRunner.query(`DROP INDEX "idx_interpretation_status_published"`);
    await queryRunner.query(`CREATE TABLE "temporary_interpretation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "summary" varchar(300) NOT NULL, "bodyHtml" text NOT NULL, "format" varchar(16) NOT NULL, "mediaUrl" varchar(500), "imageUrl" varchar(500), "policyDocumentId" integer, "agencyId" integer NOT NULL, "authorId" integer, "status" varchar(16) NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "publishedAt" datetime, "withdrawnAt" datetime, "withdrawReason" varchar(500), "viewCount" integer NOT NULL DEFAULT (0), "helpfulCount" integer NOT NULL DEFAULT (0), "unhelpfulCount" integer NOT NULL DEFAULT (0), "version" integer NOT NULL, "imageAlt" varchar(300), "transcript" text, CONSTRAINT "FK_66f97c9ce61d60efc2c6cbce5db" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_dd88f05d35b858762f141bc1ef9" FOREIGN KEY ("policyDocumentId") REFERENCES "policy_document" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_interpretation"("id", "title", "summary", "bodyHtml", "format", "mediaUrl", "imageUrl", "policyDocumentId", "agencyId", "authorId", "status", "createdAt", "updatedAt", "publishedAt", "withdrawnAt", "withdrawReason", "viewCount", "helpfulCount", "unhelpfulCount", "version") SELECT "id", "title", "summary", "bodyHtml", "format", "mediaUrl", "imageUrl", "policyDocumentId", "agencyId", "authorId", "status", "createdAt", "updatedAt", "publishedAt", "withdrawnAt", "withdrawReason", "viewCount", "helpfulCount", "unhelpfulCount", "version" FROM "interpretation"`);
    await queryRunner.query(`DROP TABLE "interpretation"`);
    await queryRunner.query(`ALTER TABLE "temporary_interpretation" RENAME TO "interpretation"`);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_agency_status" ON "interpretation" ("agencyId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_status_published" ON "interpretation" ("status", "publishedAt") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_interpretation_status_published"`);
    await queryRunner.query(`DROP INDEX "idx_interpretation_agency_status"`);
    await queryRunner.query(`ALTER TABLE "interpretation" RENAME TO "temporary_interpretation"`);
    await queryRunner.query(`CREATE TABLE "interpretation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "summary" varchar(300) NOT NULL, "bodyHtml" text NOT NULL, "format" varchar(16) NOT NULL, "mediaUrl" varchar(500), "imageUrl" varchar(500), "policyDocumentId" integer, "agencyId" integer NOT NULL, "authorId" integer, "status" varchar(16) NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "publishedAt" datetime, "withdrawnAt" datetime, "withdrawReason" varchar(500), "viewCount" integer NOT NULL DEFAULT (0), "helpfulCount" integer NOT NULL DEFAULT (0), "unhelpfulCount" integer NOT NULL DEFAULT (0), "version" integer NOT NULL, CONSTRAINT "FK_66f97c9ce61d60efc2c6cbce5db" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_dd88f05d35b858762f141bc1ef9" FOREIGN KEY ("policyDocumentId") REFERENCES "policy_document" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "interpretation"("id", "title", "summary", "bodyHtml", "format", "mediaUrl", "imageUrl", "policyDocumentId", "agencyId", "authorId", "status", "createdAt", "updatedAt", "publishedAt", "withdrawnAt", "withdrawReason", "viewCount", "helpfulCount", "unhelpfulCount", "version") SELECT "id", "title", "summary", "bodyHtml", "format", "mediaUrl", "imageUrl", "policyDocumentId", "agencyId", "authorId", "status", "createdAt", "updatedAt", "publishedAt", "withdrawnAt", "withdrawReason", "viewCount", "helpfulCount", "unhelpfulCount", "version" FROM "temporary_interpretation"`);
    await queryRunner.query(`DROP TABLE "temporary_interpretation"`);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_status_published" ON "interpretation" ("status", "publishedAt") `);
    await queryRunner.query(`CREATE INDEX "idx_interpretation_agency_status" ON "interpretation" ("agencyId", "status") `);
    await queryRunner.query(`DROP TABLE "system_setting"`);
  }
}
