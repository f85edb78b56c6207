import { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageImages1796189263209 implements MigrationInterface {
  name = 'MessageImages1796189263209';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`message_image\` (\`id\` int NOT NULL AUTO_INCREMENT, \`citizenId\` int NOT NULL, \`messageId\` int NULL, \`storageKey\` varchar(64) NOT NULL, \`sha256\` varchar(64) NOT NULL, \`bytes\` int NOT NULL, \`width\` int NOT NULL, \`height\` int NOT NULL, \`contentType\` varchar(16) NOT NULL, \`checkStatus\` varchar(16) NOT NULL, \`checkToken\` varchar(64) NULL, \`traceId\` varchar(64) NULL, \`boardApprovedAt\` datetime NULL, \`createdAt\` datetime NOT NULL, INDEX \`idx_message_image_citizen\` (\`citizenId\`, \`createdAt\`), INDEX \`idx_message_image_message\` (\`messageId\`), UNIQUE INDEX \`IDX_433d38a8d7aecd2a8374c1593a\` (\`storageKey\`), UNIQUE INDEX \`IDX_c7477fbed6875962e2d0d0a98d\` (\`checkToken\`), UNIQUE INDEX \`IDX_ef8799794b2731e0c32ebaae5b\` (\`traceId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_ef8799794b2731e0c32ebaae5b\` ON \`message_image\``);
    await queryRunner.query(`DROP INDEX \`IDX_c7477fbed6875962e2d0d0a98d\` ON \`message_image\``);
    await queryRunner.query(`DROP INDEX \`IDX_433d38a8d7aecd2a8374c1593a\` ON \`message_image\``);
    await queryRunner.query(`DROP INDEX \`idx_message_image_message\` ON \`message_image\``);
    await queryRunner.query(`DROP INDEX \`idx_message_image_citizen\` ON \`message_image\``);
    await queryRunner.query(`DROP TABLE \`message_image\``);
  }
}
