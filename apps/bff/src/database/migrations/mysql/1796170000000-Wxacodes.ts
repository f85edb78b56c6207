import { MigrationInterface, QueryRunner } from 'typeorm';

export class Wxacodes1796170000000 implements MigrationInterface {
  name = 'Wxacodes1796170000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`wxacode\` (\`kind\` varchar(16) NOT NULL, \`subjectId\` int NOT NULL, \`scene\` varchar(32) NOT NULL, \`page\` varchar(128) NOT NULL, \`image\` blob NOT NULL, \`createdAt\` datetime NOT NULL, PRIMARY KEY (\`kind\`, \`subjectId\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`wxacode\``);
  }
}
