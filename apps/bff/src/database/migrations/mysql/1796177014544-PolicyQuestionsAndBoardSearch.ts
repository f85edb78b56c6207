import { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyQuestionsAndBoardSearch1796177014544 implements MigrationInterface {
  name = 'PolicyQuestionsAndBoardSearch1796177014544';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`message_term\` (\`id\` int NOT NULL AUTO_INCREMENT, \`term\` varchar(64) NOT NULL, \`messageId\` int NOT NULL, \`weight\` int NOT NULL, INDEX \`idx_message_term_message\` (\`messageId\`), INDEX \`idx_message_term_term\` (\`term\`, \`messageId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`message\` ADD \`interpretationId\` int NULL`);
    await queryRunner.query(`CREATE INDEX \`idx_message_interpretation\` ON \`message\` (\`interpretationId\`, \`submittedAt\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_message_interpretation\` ON \`message\``);
    await queryRunner.query(`ALTER TABLE \`message\` DROP COLUMN \`interpretationId\``);
    await queryRunner.query(`DROP INDEX \`idx_message_term_term\` ON \`message_term\``);
    await queryRunner.query(`DROP INDEX \`idx_message_term_message\` ON \`message_term\``);
    await queryRunner.query(`DROP TABLE \`message_term\``);
  }
}
