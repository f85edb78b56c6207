import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkingCalendar1796139363238 implements MigrationInterface {
  name = 'WorkingCalendar1796139363238';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`calendar_day\` (\`date\` varchar(10) NOT NULL, \`year\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`name\` varchar(20) NULL, INDEX \`idx_calendar_day_year\` (\`year\`), PRIMARY KEY (\`date\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`calendar_year\` (\`year\` int NOT NULL, \`revision\` int NOT NULL, \`enteredById\` int NOT NULL, \`enteredAt\` datetime NOT NULL, PRIMARY KEY (\`year\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`calendar_year\``);
    await queryRunner.query(`DROP INDEX \`idx_calendar_day_year\` ON \`calendar_day\``);
    await queryRunner.query(`DROP TABLE \`calendar_day\``);
  }
}
