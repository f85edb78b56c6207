import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795432522429 implements MigrationInterface {
  name = 'Initial1795432522429';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(48) NOT NULL, "name" varchar(64) NOT NULL, "kind" varchar(24) NOT NULL, "industry" varchar(24), "description" varchar(500) NOT NULL DEFAULT (''), "hotline" varchar(32), "sortOrder" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_fbda24d0286deca69d0b8d30f10" UNIQUE ("code"))`);
    await queryRunner.query(`CREATE INDEX "idx_agency_kind_industry" ON "agency" ("kind", "industry") `);
    await queryRunner.query(`CREATE TABLE "life_event_stage" ("code" varchar(32) PRIMARY KEY NOT NULL, "audience" varchar(16) NOT NULL, "name" varchar(32) NOT NULL, "description" varchar(200) NOT NULL DEFAULT (''), "sortOrder" integer NOT NULL DEFAULT (0))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "life_event_stage"`);
    await queryRunner.query(`DROP INDEX "idx_agency_kind_industry"`);
    await queryRunner.query(`DROP TABLE "agency"`);
  }
}
