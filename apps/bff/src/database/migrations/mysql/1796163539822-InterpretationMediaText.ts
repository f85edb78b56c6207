import { MigrationInterface, QueryRunner } from 'typeorm';

export class InterpretationMediaText1796163539822 implements MigrationInterface {
  name = 'InterpretationMediaText1796163539822';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`system_setting\` (\`name\` varchar(64) NOT NULL, \`value\` text NOT NULL, \`updatedById\` int NULL, \`updatedAt\` datetime NOT NULL, PRIMARY KEY (\`name\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`interpretation\` ADD \`imageAlt\` varchar(300) NULL`);
    await queryRunner.query(`ALTER TABLE \`interpretation\` ADD \`transcript\` text NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`interpretation\` DROP COLUMN \`transcript\``);
    await queryRunner.query(`ALTER TABLE \`interpretation\` DROP COLUMN \`imageAlt\``);
    await queryRunner.query(`DROP TABLE \`system_setting\``);
  }
}
