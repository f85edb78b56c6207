import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationSubjects1796224320130 implements MigrationInterface {
  name = 'NotificationSubjects1796224320130';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`notification\` ADD \`subjectType\` varchar(16) NULL`);
    await queryRunner.query(`ALTER TABLE \`notification\` ADD \`subjectId\` int NULL`);
    // Written by hand: a notification about a message keeps it as its subject (the diff would drop messageId's values).
    await queryRunner.query(`UPDATE \`notification\` SET \`subjectType\` = 'message', \`subjectId\` = \`messageId\` WHERE \`messageId\` IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`notification\` DROP COLUMN \`messageId\``);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`notification\` ADD \`messageId\` int NULL`);
    // Only a message survives as messageId; other subjects are lost going back.
    await queryRunner.query(`UPDATE \`notification\` SET \`messageId\` = \`subjectId\` WHERE \`subjectType\` = 'message'`);
    await queryRunner.query(`ALTER TABLE \`notification\` DROP COLUMN \`subjectId\``);
    await queryRunner.query(`ALTER TABLE \`notification\` DROP COLUMN \`subjectType\``);
  }
}
