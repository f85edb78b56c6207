import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportPublication1796160000000 implements MigrationInterface {
  name = 'ReportPublication1796160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "report_publication" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "title" varchar(100) NOT NULL, "snapshot" text NOT NULL, "publishedAt" datetime NOT NULL, "publishedById" integer NOT NULL, "supersededAt" datetime)`);
    await queryRunner.query(`CREATE INDEX "idx_report_publication_year" ON "report_publication" ("year", "publishedAt") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_report_publication_year"`);
    await queryRunner.query(`DROP TABLE "report_publication"`);
  }
}
