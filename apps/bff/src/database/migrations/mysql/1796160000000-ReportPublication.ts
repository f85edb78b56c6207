import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportPublication1796160000000 implements MigrationInterface {
  name = 'ReportPublication1796160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`report_publication\` (\`id\` int NOT NULL AUTO_INCREMENT, \`year\` int NOT NULL, \`title\` varchar(100) NOT NULL, \`snapshot\` text NOT NULL, \`publishedAt\` datetime NOT NULL, \`publishedById\` int NOT NULL, \`supersededAt\` datetime NULL, INDEX \`idx_report_publication_year\` (\`year\`, \`publishedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_report_publication_year\` ON \`report_publication\``);
    await queryRunner.query(`DROP TABLE \`report_publication\``);
  }
}
