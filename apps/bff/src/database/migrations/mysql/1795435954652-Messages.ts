import { MigrationInterface, QueryRunner } from 'typeorm';

export class Messages1795435954652 implements MigrationInterface {
  name = 'Messages1795435954652';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`citizen_session\` (\`tokenHash\` varchar(64) NOT NULL, \`citizenId\` int NOT NULL, \`createdAt\` datetime NOT NULL, \`lastSeenAt\` datetime NOT NULL, \`expiresAt\` datetime NOT NULL, INDEX \`idx_citizen_session_citizen\` (\`citizenId\`), PRIMARY KEY (\`tokenHash\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`citizen\` (\`id\` int NOT NULL AUTO_INCREMENT, \`openid\` varchar(64) NOT NULL, \`unionid\` varchar(64) NULL, \`phoneEncrypted\` varchar(255) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`lastLoginAt\` datetime NULL, UNIQUE INDEX \`IDX_54858d671ae659d9c19bf983e4\` (\`openid\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`idempotency_record\` (\`id\` int NOT NULL AUTO_INCREMENT, \`citizenId\` int NOT NULL, \`key\` varchar(64) NOT NULL, \`requestHash\` varchar(64) NOT NULL, \`messageId\` int NULL, \`createdAt\` datetime NOT NULL, UNIQUE INDEX \`uq_idempotency_citizen_key\` (\`citizenId\`, \`key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`message_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`messageId\` int NOT NULL, \`at\` datetime NOT NULL, \`action\` varchar(32) NOT NULL, \`actorType\` varchar(16) NOT NULL, \`actorId\` int NULL, \`agencyId\` int NULL, \`fromStatus\` varchar(16) NULL, \`toStatus\` varchar(16) NULL, \`reason\` varchar(500) NULL, INDEX \`idx_message_event_message\` (\`messageId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`message_extension\` (\`id\` int NOT NULL AUTO_INCREMENT, \`messageId\` int NOT NULL, \`agencyId\` int NOT NULL, \`requestedBy\` int NOT NULL, \`workdays\` int NOT NULL, \`reason\` varchar(500) NOT NULL, \`status\` varchar(16) NOT NULL, \`requestedAt\` datetime NOT NULL, \`decidedBy\` int NULL, \`decidedAt\` datetime NULL, \`decisionNote\` varchar(500) NULL, INDEX \`idx_message_extension_message\` (\`messageId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`message_reply\` (\`id\` int NOT NULL AUTO_INCREMENT, \`messageId\` int NOT NULL, \`agencyId\` int NOT NULL, \`staffId\` int NOT NULL, \`bodyHtml\` text NOT NULL, \`createdAt\` datetime NOT NULL, INDEX \`idx_message_reply_message\` (\`messageId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`message\` (\`id\` int NOT NULL AUTO_INCREMENT, \`caseNo\` varchar(32) NOT NULL, \`citizenId\` int NOT NULL, \`type\` varchar(16) NOT NULL, \`channel\` varchar(24) NOT NULL, \`status\` varchar(16) NOT NULL, \`targetAgencyId\` int NULL, \`assignedAgencyId\` int NULL, \`title\` varchar(60) NOT NULL, \`content\` text NOT NULL, \`contactNameEncrypted\` varchar(255) NOT NULL, \`contactPhoneEncrypted\` varchar(255) NOT NULL, \`isPublic\` tinyint NOT NULL, \`moderation\` varchar(16) NOT NULL, \`routedBy\` varchar(16) NULL, \`notifyOnReply\` tinyint NOT NULL DEFAULT 0, \`submittedAt\` datetime NOT NULL, \`assignedAt\` datetime NULL, \`dueAt\` datetime NULL, \`repliedAt\` datetime NULL, \`closedAt\` datetime NULL, \`reminderQueuedAt\` datetime NULL, \`overdueQueuedAt\` datetime NULL, \`rating\` varchar(24) NULL, \`ratingComment\` varchar(200) NULL, \`ratedAt\` datetime NULL, \`anonymisedAt\` datetime NULL, \`version\` int NOT NULL, INDEX \`idx_message_board\` (\`isPublic\`, \`status\`, \`repliedAt\`), INDEX \`idx_message_due\` (\`status\`, \`dueAt\`), INDEX \`idx_message_citizen\` (\`citizenId\`, \`submittedAt\`), INDEX \`idx_message_agency_status\` (\`assignedAgencyId\`, \`status\`), INDEX \`idx_message_status_submitted\` (\`status\`, \`submittedAt\`), UNIQUE INDEX \`IDX_975d0a04142320d5ad8189c67c\` (\`caseNo\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`notification\` (\`id\` int NOT NULL AUTO_INCREMENT, \`agencyId\` int NOT NULL, \`kind\` varchar(32) NOT NULL, \`messageId\` int NULL, \`text\` varchar(200) NOT NULL, \`createdAt\` datetime NOT NULL, INDEX \`idx_notification_agency\` (\`agencyId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`outbox_item\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` varchar(24) NOT NULL, \`dedupeKey\` varchar(128) NOT NULL, \`recipientId\` int NOT NULL, \`payload\` text NOT NULL, \`status\` varchar(16) NOT NULL, \`attempts\` int NOT NULL DEFAULT '0', \`nextAttemptAt\` datetime NOT NULL, \`claimedUntil\` datetime NULL, \`lastError\` varchar(200) NULL, \`createdAt\` datetime NOT NULL, \`sentAt\` datetime NULL, INDEX \`idx_outbox_due\` (\`status\`, \`nextAttemptAt\`), UNIQUE INDEX \`IDX_69280564d42205e346d8a65cba\` (\`dedupeKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`routing_rule\` (\`id\` int NOT NULL AUTO_INCREMENT, \`keyword\` varchar(32) NOT NULL, \`agencyId\` int NOT NULL, \`priority\` int NOT NULL DEFAULT '0', \`active\` tinyint NOT NULL DEFAULT 1, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`message\` ADD CONSTRAINT \`FK_83457fd4b230553ff192e23c84d\` FOREIGN KEY (\`assignedAgencyId\`) REFERENCES \`agency\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`message\` DROP FOREIGN KEY \`FK_83457fd4b230553ff192e23c84d\``);
    await queryRunner.query(`DROP TABLE \`routing_rule\``);
    await queryRunner.query(`DROP INDEX \`IDX_69280564d42205e346d8a65cba\` ON \`outbox_item\``);
    await queryRunner.query(`DROP INDEX \`idx_outbox_due\` ON \`outbox_item\``);
    await queryRunner.query(`DROP TABLE \`outbox_item\``);
    await queryRunner.query(`DROP INDEX \`idx_notification_agency\` ON \`notification\``);
    await queryRunner.query(`DROP TABLE \`notification\``);
    await queryRunner.query(`DROP INDEX \`IDX_975d0a04142320d5ad8189c67c\` ON \`message\``);
    await queryRunner.query(`DROP INDEX \`idx_message_status_submitted\` ON \`message\``);
    await queryRunner.query(`DROP INDEX \`idx_message_agency_status\` ON \`message\``);
    await queryRunner.query(`DROP INDEX \`idx_message_citizen\` ON \`message\``);
    await queryRunner.query(`DROP INDEX \`idx_message_due\` ON \`message\``);
    await queryRunner.query(`DROP INDEX \`idx_message_board\` ON \`message\``);
    await queryRunner.query(`DROP TABLE \`message\``);
    await queryRunner.query(`DROP INDEX \`idx_message_reply_message\` ON \`message_reply\``);
    await queryRunner.query(`DROP TABLE \`message_reply\``);
    await queryRunner.query(`DROP INDEX \`idx_message_extension_message\` ON \`message_extension\``);
    await queryRunner.query(`DROP TABLE \`message_extension\``);
    await queryRunner.query(`DROP INDEX \`idx_message_event_message\` ON \`message_event\``);
    await queryRunner.query(`DROP TABLE \`message_event\``);
    await queryRunner.query(`DROP INDEX \`uq_idempotency_citizen_key\` ON \`idempotency_record\``);
    await queryRunner.query(`DROP TABLE \`idempotency_record\``);
    await queryRunner.query(`DROP INDEX \`IDX_54858d671ae659d9c19bf983e4\` ON \`citizen\``);
    await queryRunner.query(`DROP TABLE \`citizen\``);
    await queryRunner.query(`DROP INDEX \`idx_citizen_session_citizen\` ON \`citizen_session\``);
    await queryRunner.query(`DROP TABLE \`citizen_session\``);
  }
}
