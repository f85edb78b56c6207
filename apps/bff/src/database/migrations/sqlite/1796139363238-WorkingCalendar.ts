import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkingCalendar1796139363238 implements MigrationInterface {
  name = 'WorkingCalendar1796139363238';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_day" ("date" varchar(10) PRIMARY KEY NOT NULL, "year" integer NOT NULL, "kind" varchar(16) NOT NULL, "name" varchar(20))`);
    await queryRunner.query(`CREATE INDEX "idx_calendar_day_year" ON "calendar_day" ("year") `);
    await queryRunner.query(`CREATE TABLE "calendar_year" ("year" integer PRIMARY KEY NOT NULL, "revision" integer NOT NULL, "enteredById" integer NOT NULL, "enteredAt" datetime NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_year"`);
    await queryRunner.query(`DROP INDEX "idx_calendar_day_year"`);
    await queryRunner.query(`DROP TABLE "calendar_day"`);
  }
}
