import { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageStats1796109390175 implements MigrationInterface {
  name = 'MessageStats1796109390175';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`message\` ADD \`replyWorkdays\` int NULL`);
    await queryRunner.query(`CREATE INDEX \`idx_message_stats\` ON \`message\` (\`assignedAgencyId\`, \`type\`, \`channel\`, \`status\`, \`rating\`, \`submittedAt\`, \`repliedAt\`, \`dueAt\`, \`replyWorkdays\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_message_stats\` ON \`message\``);
    await queryRunner.query(`ALTER TABLE \`message\` DROP COLUMN \`replyWorkdays\``);
  }
}
