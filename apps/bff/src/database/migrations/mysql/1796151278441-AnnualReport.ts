import { MigrationInterface, QueryRunner } from 'typeorm';

export class AnnualReport1796151278441 implements MigrationInterface {
  name = 'AnnualReport1796151278441';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`report_manual_figure\` (\`id\` int NOT NULL AUTO_INCREMENT, \`year\` int NOT NULL, \`agencyId\` int NOT NULL, \`licensing\` int NOT NULL, \`penalties\` int NOT NULL, \`enforcement\` int NOT NULL, \`feesYuan\` bigint NOT NULL, \`updatedById\` int NOT NULL, \`updatedAt\` datetime NOT NULL, UNIQUE INDEX \`uq_report_manual_figure\` (\`year\`, \`agencyId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`report_text_version\` (\`id\` int NOT NULL AUTO_INCREMENT, \`year\` int NOT NULL, \`scopeId\` int NOT NULL, \`section\` varchar(16) NOT NULL, \`version\` int NOT NULL, \`text\` text NOT NULL, \`authorId\` int NOT NULL, \`createdAt\` datetime NOT NULL, UNIQUE INDEX \`uq_report_text_version\` (\`year\`, \`scopeId\`, \`section\`, \`version\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`policy_document\` ADD \`kind\` varchar(16) NOT NULL DEFAULT 'other'`);
    await queryRunner.query(`ALTER TABLE \`policy_document\` ADD \`repealedOn\` varchar(10) NULL`);
    await queryRunner.query(`CREATE INDEX \`idx_disclosure_finished\` ON \`disclosure_application\` (\`finishedAt\`, \`agencyId\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_disclosure_received\` ON \`disclosure_application\` (\`receivedOn\`, \`agencyId\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_disclosure_received\` ON \`disclosure_application\``);
    await queryRunner.query(`DROP INDEX \`idx_disclosure_finished\` ON \`disclosure_application\``);
    await queryRunner.query(`ALTER TABLE \`policy_document\` DROP COLUMN \`repealedOn\``);
    await queryRunner.query(`ALTER TABLE \`policy_document\` DROP COLUMN \`kind\``);
    await queryRunner.query(`DROP INDEX \`uq_report_text_version\` ON \`report_text_version\``);
    await queryRunner.query(`DROP TABLE \`report_text_version\``);
    await queryRunner.query(`DROP INDEX \`uq_report_manual_figure\` ON \`report_manual_figure\``);
    await queryRunner.query(`DROP TABLE \`report_manual_figure\``);
  }
}
