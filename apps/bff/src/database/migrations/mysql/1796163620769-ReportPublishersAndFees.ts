import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportPublishersAndFees1796163620769 implements MigrationInterface {
  name = 'ReportPublishersAndFees1796163620769';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`disclosure_application\` ADD \`replyFeeFen\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`report_publication\` ADD \`agencyId\` int NULL`);
    await queryRunner.query(`ALTER TABLE \`report_publication\` ADD \`publisher\` varchar(100) NOT NULL`);
    // Reports published before departments could publish are the government's: 「临溪市政府信息公开…」 names 临溪市人民政府.
    await queryRunner.query(`UPDATE \`report_publication\` SET \`publisher\` = CONCAT(SUBSTRING_INDEX(\`title\`, '政府信息公开工作年度报告', 1), '人民政府')`);
    await queryRunner.query(`CREATE INDEX \`idx_report_publication_publisher\` ON \`report_publication\` (\`agencyId\`, \`year\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_report_publication_publisher\` ON \`report_publication\``);
    await queryRunner.query(`ALTER TABLE \`report_publication\` DROP COLUMN \`publisher\``);
    await queryRunner.query(`ALTER TABLE \`report_publication\` DROP COLUMN \`agencyId\``);
    await queryRunner.query(`ALTER TABLE \`disclosure_application\` DROP COLUMN \`replyFeeFen\``);
  }
}
