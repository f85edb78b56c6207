import { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicEnterpriseNotices1796108081534 implements MigrationInterface {
  name = 'PublicEnterpriseNotices1796108081534';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`notice_reminder\` (\`id\` int NOT NULL AUTO_INCREMENT, \`periodKey\` varchar(96) NOT NULL, \`agencyId\` int NOT NULL, \`section\` varchar(16) NOT NULL, \`lastPublishedAt\` datetime NULL, \`remindedAt\` datetime NOT NULL, UNIQUE INDEX \`IDX_d0865b6eb0f3dbc114a64b7cfa\` (\`periodKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`notice\` (\`id\` int NOT NULL AUTO_INCREMENT, \`agencyId\` int NOT NULL, \`section\` varchar(16) NOT NULL, \`title\` varchar(100) NOT NULL, \`bodyHtml\` text NOT NULL, \`validFrom\` datetime NULL, \`validUntil\` datetime NULL, \`status\` varchar(16) NOT NULL, \`publishedAt\` datetime NOT NULL, \`updatedAt\` datetime NOT NULL, \`withdrawnAt\` datetime NULL, \`withdrawReason\` varchar(500) NULL, \`authorId\` int NULL, \`updatedBy\` int NULL, \`version\` int NOT NULL, INDEX \`idx_notice_published\` (\`status\`, \`publishedAt\`), INDEX \`idx_notice_unit_section\` (\`agencyId\`, \`section\`, \`status\`, \`publishedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`notice\` ADD CONSTRAINT \`FK_acc45a3324bf99d8ad3dd44d933\` FOREIGN KEY (\`agencyId\`) REFERENCES \`agency\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`notice\` DROP FOREIGN KEY \`FK_acc45a3324bf99d8ad3dd44d933\``);
    await queryRunner.query(`DROP INDEX \`idx_notice_unit_section\` ON \`notice\``);
    await queryRunner.query(`DROP INDEX \`idx_notice_published\` ON \`notice\``);
    await queryRunner.query(`DROP TABLE \`notice\``);
    await queryRunner.query(`DROP INDEX \`IDX_d0865b6eb0f3dbc114a64b7cfa\` ON \`notice_reminder\``);
    await queryRunner.query(`DROP TABLE \`notice_reminder\``);
  }
}
