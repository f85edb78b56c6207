import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795432522429 implements MigrationInterface {
  name = 'Initial1795432522429';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`agency\` (\`id\` int NOT NULL AUTO_INCREMENT, \`code\` varchar(48) NOT NULL, \`name\` varchar(64) NOT NULL, \`kind\` varchar(24) NOT NULL, \`industry\` varchar(24) NULL, \`description\` varchar(500) NOT NULL DEFAULT '', \`hotline\` varchar(32) NULL, \`sortOrder\` int NOT NULL DEFAULT '0', \`active\` tinyint NOT NULL DEFAULT 1, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_agency_kind_industry\` (\`kind\`, \`industry\`), UNIQUE INDEX \`IDX_fbda24d0286deca69d0b8d30f1\` (\`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`life_event_stage\` (\`code\` varchar(32) NOT NULL, \`audience\` varchar(16) NOT NULL, \`name\` varchar(32) NOT NULL, \`description\` varchar(200) NOT NULL DEFAULT '', \`sortOrder\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`code\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`life_event_stage\``);
    await queryRunner.query(`DROP INDEX \`IDX_fbda24d0286deca69d0b8d30f1\` ON \`agency\``);
    await queryRunner.query(`DROP INDEX \`idx_agency_kind_industry\` ON \`agency\``);
    await queryRunner.query(`DROP TABLE \`agency\``);
  }
}
