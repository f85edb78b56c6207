import { MigrationInterface, QueryRunner } from 'typeorm';

export class Interviews1796210000000 implements MigrationInterface {
  name = 'Interviews1796210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`interview_entry\` (\`id\` int NOT NULL AUTO_INCREMENT, \`interviewId\` int NOT NULL, \`seq\` int NOT NULL, \`kind\` varchar(8) NOT NULL, \`questionId\` int NULL, \`question\` text NULL, \`askerName\` varchar(40) NULL, \`text\` text NOT NULL, \`authorId\` int NOT NULL, \`at\` datetime NOT NULL, UNIQUE INDEX \`uq_interview_entry_seq\` (\`interviewId\`, \`seq\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`interview_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`interviewId\` int NOT NULL, \`at\` datetime NOT NULL, \`action\` varchar(24) NOT NULL, \`actorId\` int NULL, \`actorRole\` varchar(16) NULL, \`fromStatus\` varchar(16) NULL, \`toStatus\` varchar(16) NOT NULL, \`note\` varchar(500) NULL, INDEX \`idx_interview_event_item\` (\`interviewId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`interview_question\` (\`id\` int NOT NULL AUTO_INCREMENT, \`interviewId\` int NOT NULL, \`citizenId\` int NOT NULL, \`content\` text NOT NULL, \`contactNameEncrypted\` varchar(255) NOT NULL, \`contactPhoneEncrypted\` varchar(255) NOT NULL, \`askerNameMasked\` varchar(40) NOT NULL, \`isPublic\` tinyint NOT NULL, \`status\` varchar(16) NOT NULL, \`visibility\` varchar(16) NOT NULL, \`answeredSeq\` int NULL, \`messageId\` int NULL, \`idempotencyKey\` varchar(64) NOT NULL, \`requestHash\` varchar(64) NOT NULL, \`askedAt\` datetime NOT NULL, UNIQUE INDEX \`uq_interview_question_idempotency\` (\`citizenId\`, \`idempotencyKey\`), INDEX \`idx_interview_question_item\` (\`interviewId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`interview\` (\`id\` int NOT NULL AUTO_INCREMENT, \`title\` varchar(100) NOT NULL, \`summary\` text NOT NULL, \`guestAgencyId\` int NOT NULL, \`guestName\` varchar(40) NOT NULL, \`guestTitle\` varchar(60) NOT NULL, \`startsAt\` datetime NOT NULL, \`endsAt\` datetime NOT NULL, \`hostStaffId\` int NULL, \`hostName\` varchar(40) NOT NULL, \`status\` varchar(16) NOT NULL, \`videoUrl\` varchar(500) NULL, \`lastSeq\` int NOT NULL DEFAULT '0', \`endedAt\` datetime NULL, \`convertedAt\` datetime NULL, \`createdBy\` int NOT NULL, \`createdAt\` datetime NOT NULL, \`updatedAt\` datetime NOT NULL, \`version\` int NOT NULL, INDEX \`idx_interview_guest_agency\` (\`guestAgencyId\`, \`startsAt\`), INDEX \`idx_interview_starts\` (\`startsAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`message\` ADD \`interviewId\` int NULL`);
    await queryRunner.query(`CREATE INDEX \`idx_message_interview\` ON \`message\` (\`interviewId\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_message_interview\` ON \`message\``);
    await queryRunner.query(`ALTER TABLE \`message\` DROP COLUMN \`interviewId\``);
    await queryRunner.query(`DROP INDEX \`idx_interview_starts\` ON \`interview\``);
    await queryRunner.query(`DROP INDEX \`idx_interview_guest_agency\` ON \`interview\``);
    await queryRunner.query(`DROP TABLE \`interview\``);
    await queryRunner.query(`DROP INDEX \`idx_interview_question_item\` ON \`interview_question\``);
    await queryRunner.query(`DROP INDEX \`uq_interview_question_idempotency\` ON \`interview_question\``);
    await queryRunner.query(`DROP TABLE \`interview_question\``);
    await queryRunner.query(`DROP INDEX \`idx_interview_event_item\` ON \`interview_event\``);
    await queryRunner.query(`DROP TABLE \`interview_event\``);
    await queryRunner.query(`DROP INDEX \`uq_interview_entry_seq\` ON \`interview_entry\``);
    await queryRunner.query(`DROP TABLE \`interview_entry\``);
  }
}
