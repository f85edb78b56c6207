import { MigrationInterface, QueryRunner } from 'typeorm';

export class Solicitations1796206033635 implements MigrationInterface {
  name = 'Solicitations1796206033635';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`solicitation_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`solicitationId\` int NOT NULL, \`at\` datetime NOT NULL, \`action\` varchar(24) NOT NULL, \`level\` int NULL, \`actorId\` int NULL, \`actorRole\` varchar(16) NULL, \`fromStatus\` varchar(32) NULL, \`toStatus\` varchar(32) NOT NULL, \`opinionId\` int NULL, \`comment\` varchar(500) NULL, INDEX \`idx_solicitation_event_item\` (\`solicitationId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`solicitation_opinion\` (\`id\` int NOT NULL AUTO_INCREMENT, \`solicitationId\` int NOT NULL, \`citizenId\` int NOT NULL, \`content\` text NOT NULL, \`answersJson\` text NOT NULL, \`contactNameEncrypted\` varchar(255) NOT NULL, \`isPublic\` tinyint NOT NULL, \`moderation\` varchar(16) NOT NULL, \`idempotencyKey\` varchar(64) NOT NULL, \`requestHash\` varchar(64) NOT NULL, \`submittedAt\` datetime NOT NULL, \`adoption\` varchar(16) NULL, \`adoptionReason\` varchar(500) NULL, \`markedAt\` datetime NULL, \`markedBy\` int NULL, UNIQUE INDEX \`uq_solicitation_opinion_key\` (\`citizenId\`, \`idempotencyKey\`), INDEX \`idx_solicitation_opinion_citizen\` (\`citizenId\`, \`id\`), INDEX \`idx_solicitation_opinion_item\` (\`solicitationId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`solicitation\` (\`id\` int NOT NULL AUTO_INCREMENT, \`title\` varchar(100) NOT NULL, \`summary\` varchar(300) NOT NULL, \`bodyHtml\` text NOT NULL, \`questionsJson\` text NOT NULL, \`periodDays\` int NOT NULL, \`shortPeriodReason\` varchar(500) NULL, \`attachmentUrl\` varchar(500) NULL, \`attachmentName\` varchar(100) NULL, \`agencyId\` int NOT NULL, \`authorId\` int NULL, \`status\` varchar(32) NOT NULL, \`opensAt\` datetime NULL, \`closesAt\` datetime NULL, \`feedbackHtml\` text NULL, \`feedbackAuthorId\` int NULL, \`feedbackPublishedAt\` datetime NULL, \`overdueRemindedAt\` datetime NULL, \`createdAt\` datetime NOT NULL, \`updatedAt\` datetime NOT NULL, \`version\` int NOT NULL, INDEX \`idx_solicitation_status_closes\` (\`status\`, \`closesAt\`), INDEX \`idx_solicitation_agency_status\` (\`agencyId\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_solicitation_agency_status\` ON \`solicitation\``);
    await queryRunner.query(`DROP INDEX \`idx_solicitation_status_closes\` ON \`solicitation\``);
    await queryRunner.query(`DROP TABLE \`solicitation\``);
    await queryRunner.query(`DROP INDEX \`idx_solicitation_opinion_item\` ON \`solicitation_opinion\``);
    await queryRunner.query(`DROP INDEX \`idx_solicitation_opinion_citizen\` ON \`solicitation_opinion\``);
    await queryRunner.query(`DROP INDEX \`uq_solicitation_opinion_key\` ON \`solicitation_opinion\``);
    await queryRunner.query(`DROP TABLE \`solicitation_opinion\``);
    await queryRunner.query(`DROP INDEX \`idx_solicitation_event_item\` ON \`solicitation_event\``);
    await queryRunner.query(`DROP TABLE \`solicitation_event\``);
  }
}
