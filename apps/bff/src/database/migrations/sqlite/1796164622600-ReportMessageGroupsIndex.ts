import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportMessageGroupsIndex1796164622600 implements MigrationInterface {
  name = 'ReportMessageGroupsIndex1796164622600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_message_report_groups" ON "message" ("channel", "status", "rating", "submittedAt", "repliedAt", "dueAt", "replyWorkdays") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_message_report_groups"`);
  }
}
