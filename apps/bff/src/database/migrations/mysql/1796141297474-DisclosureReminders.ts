import { MigrationInterface, QueryRunner } from 'typeorm';

export class DisclosureReminders1796141297474 implements MigrationInterface {
  name = 'DisclosureReminders1796141297474';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`disclosure_application\` ADD \`reminderQueuedFor\` varchar(10) NULL`);
    await queryRunner.query(`ALTER TABLE \`disclosure_application\` ADD \`overdueQueuedFor\` varchar(10) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`disclosure_application\` DROP COLUMN \`overdueQueuedFor\``);
    await queryRunner.query(`ALTER TABLE \`disclosure_application\` DROP COLUMN \`reminderQueuedFor\``);
  }
}
