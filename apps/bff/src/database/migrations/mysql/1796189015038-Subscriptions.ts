import { MigrationInterface, QueryRunner } from 'typeorm';

export class Subscriptions1796189015038 implements MigrationInterface {
  name = 'Subscriptions1796189015038';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`subscribe_grant\` (\`id\` int NOT NULL AUTO_INCREMENT, \`citizenId\` int NOT NULL, \`template\` varchar(24) NOT NULL, \`oneTimeLeft\` int NOT NULL DEFAULT '0', \`longTerm\` tinyint NOT NULL DEFAULT 0, \`updatedAt\` datetime NOT NULL, UNIQUE INDEX \`uq_subscribe_grant_citizen_template\` (\`citizenId\`, \`template\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`subscription\` (\`id\` int NOT NULL AUTO_INCREMENT, \`citizenId\` int NOT NULL, \`agencyId\` int NOT NULL, \`createdAt\` datetime NOT NULL, INDEX \`idx_subscription_agency\` (\`agencyId\`, \`citizenId\`), UNIQUE INDEX \`uq_subscription_citizen_agency\` (\`citizenId\`, \`agencyId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`uq_subscription_citizen_agency\` ON \`subscription\``);
    await queryRunner.query(`DROP INDEX \`idx_subscription_agency\` ON \`subscription\``);
    await queryRunner.query(`DROP TABLE \`subscription\``);
    await queryRunner.query(`DROP INDEX \`uq_subscribe_grant_citizen_template\` ON \`subscribe_grant\``);
    await queryRunner.query(`DROP TABLE \`subscribe_grant\``);
  }
}
