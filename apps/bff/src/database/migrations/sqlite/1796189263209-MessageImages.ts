import { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageImages1796189263209 implements MigrationInterface {
  name = 'MessageImages1796189263209';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "message_image" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "citizenId" integer NOT NULL, "messageId" integer, "storageKey" varchar(64) NOT NULL, "sha256" varchar(64) NOT NULL, "bytes" integer NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "contentType" varchar(16) NOT NULL, "checkStatus" varchar(16) NOT NULL, "checkToken" varchar(64), "traceId" varchar(64), "boardApprovedAt" datetime, "createdAt" datetime NOT NULL, CONSTRAINT "UQ_433d38a8d7aecd2a8374c1593a7" UNIQUE ("storageKey"), CONSTRAINT "UQ_c7477fbed6875962e2d0d0a98dc" UNIQUE ("checkToken"), CONSTRAINT "UQ_ef8799794b2731e0c32ebaae5bb" UNIQUE ("traceId"))`);
    await queryRunner.query(`CREATE INDEX "idx_message_image_citizen" ON "message_image" ("citizenId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_message_image_message" ON "message_image" ("messageId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_message_image_message"`);
    await queryRunner.query(`DROP INDEX "idx_message_image_citizen"`);
    await queryRunner.query(`DROP TABLE "message_image"`);
  }
}
