import { MigrationInterface, QueryRunner } from 'typeorm';

export class Subscriptions1796189015038 implements MigrationInterface {
  name = 'Subscriptions1796189015038';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "subscribe_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "citizenId" integer NOT NULL, "template" varchar(24) NOT NULL, "oneTimeLeft" integer NOT NULL DEFAULT (0), "longTerm" boolean NOT NULL DEFAULT (0), "updatedAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_subscribe_grant_citizen_template" ON "subscribe_grant" ("citizenId", "template") `);
    await queryRunner.query(`CREATE TABLE "subscription" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "citizenId" integer NOT NULL, "agencyId" integer NOT NULL, "createdAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_subscription_agency" ON "subscription" ("agencyId", "citizenId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_subscription_citizen_agency" ON "subscription" ("citizenId", "agencyId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_subscription_citizen_agency"`);
    await queryRunner.query(`DROP INDEX "idx_subscription_agency"`);
    await queryRunner.query(`DROP TABLE "subscription"`);
    await queryRunner.query(`DROP INDEX "uq_subscribe_grant_citizen_template"`);
    await queryRunner.query(`DROP TABLE "subscribe_grant"`);
  }
}
