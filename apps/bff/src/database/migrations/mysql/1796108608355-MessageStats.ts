import { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageStats1796108608355 implements MigrationInterface {
  name = 'MessageStats1796108608355';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`message\` ADD \`replyWorkdays\` int NULL`);
    await queryRunner.query(`CREATE INDEX \`idx_message_stats\` ON \`message\` (\`assignedAgencyId\`, \`type\`, \`channel\`, \`submittedAt\`, \`status\`, \`repliedAt\`, \`dueAt\`, \`rating\`, \`replyWorkdays\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_message_stats\` ON \`message\``);
    await queryRunner.query(`ALTER TABLE \`message\` DROP COLUMN \`replyWorkdays\``);
  }
}
