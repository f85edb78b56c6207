import { MigrationInterface, QueryRunner } from 'typeorm';

export class Disclosure1796140665943 implements MigrationInterface {
  name = 'Disclosure1796140665943';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`disclosure_application\` (\`id\` int NOT NULL AUTO_INCREMENT, \`caseNo\` varchar(32) NOT NULL, \`citizenId\` int NULL, \`idempotencyKey\` varchar(64) NULL, \`requestHash\` varchar(64) NULL, \`channel\` varchar(16) NOT NULL, \`receivedOn\` varchar(10) NOT NULL, \`createdAt\` datetime NOT NULL, \`registeredById\` int NULL, \`applicantKind\` varchar(16) NOT NULL, \`organisationKind\` varchar(16) NULL, \`applicantName\` varchar(100) NOT NULL, \`certificateType\` varchar(16) NOT NULL, \`certificateNumberEncrypted\` text NOT NULL, \`contactPhoneEncrypted\` text NOT NULL, \`emailEncrypted\` text NULL, \`postalAddress\` varchar(200) NOT NULL, \`infoTitle\` varchar(100) NOT NULL, \`infoDocumentNumber\` varchar(64) NULL, \`infoDescription\` text NOT NULL, \`requestedAgencyId\` int NULL, \`agencyId\` int NULL, \`form\` varchar(16) NOT NULL, \`deliveryMethod\` varchar(16) NOT NULL, \`status\` varchar(16) NOT NULL, \`dueOn\` varchar(10) NULL, \`correctionMissing\` varchar(1000) NULL, \`correctionNoticedOn\` varchar(10) NULL, \`correctBy\` varchar(10) NULL, \`correctedOn\` varchar(10) NULL, \`extensionWorkdays\` int NULL, \`extensionReason\` varchar(500) NULL, \`extensionStatus\` varchar(16) NULL, \`outcome\` varchar(24) NULL, \`outcomeReason\` int NULL, \`replyFacts\` text NULL, \`replyLegalBasis\` varchar(500) NULL, \`replyDraftedById\` int NULL, \`finishedAt\` datetime NULL, \`deliveredBy\` varchar(16) NULL, \`deliveredOn\` varchar(10) NULL, \`version\` int NOT NULL, INDEX \`idx_disclosure_status_due\` (\`status\`, \`dueOn\`), INDEX \`idx_disclosure_citizen\` (\`citizenId\`, \`id\`), INDEX \`idx_disclosure_agency_status\` (\`agencyId\`, \`status\`), UNIQUE INDEX \`uq_disclosure_citizen_key\` (\`citizenId\`, \`idempotencyKey\`), UNIQUE INDEX \`IDX_ff0efa6f873d218523218b0bf7\` (\`caseNo\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`disclosure_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`applicationId\` int NOT NULL, \`at\` datetime NOT NULL, \`action\` varchar(32) NOT NULL, \`actorType\` varchar(16) NOT NULL, \`actorId\` int NULL, \`agencyId\` int NULL, \`fromStatus\` varchar(16) NULL, \`toStatus\` varchar(16) NULL, \`reason\` varchar(1000) NULL, INDEX \`idx_disclosure_event_application\` (\`applicationId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`disclosure_pause\` (\`id\` int NOT NULL AUTO_INCREMENT, \`applicationId\` int NOT NULL, \`kind\` varchar(16) NOT NULL, \`party\` varchar(200) NOT NULL, \`startedOn\` varchar(10) NOT NULL, \`endedOn\` varchar(10) NULL, INDEX \`idx_disclosure_pause_application\` (\`applicationId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`disclosure_remedy\` (\`id\` int NOT NULL AUTO_INCREMENT, \`applicationId\` int NOT NULL, \`kind\` varchar(24) NOT NULL, \`result\` varchar(16) NOT NULL, \`filedOn\` varchar(10) NOT NULL, \`note\` varchar(500) NULL, \`recordedById\` int NOT NULL, \`recordedAt\` datetime NOT NULL, INDEX \`idx_disclosure_remedy_application\` (\`applicationId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`disclosure_reply_letter\` (\`id\` int NOT NULL AUTO_INCREMENT, \`applicationId\` int NOT NULL, \`agencyId\` int NOT NULL, \`year\` int NOT NULL, \`serial\` int NOT NULL, \`number\` varchar(64) NOT NULL, \`sha256\` varchar(64) NOT NULL, \`content\` blob NOT NULL, \`createdAt\` datetime NOT NULL, UNIQUE INDEX \`uq_disclosure_letter_number\` (\`agencyId\`, \`year\`, \`serial\`), UNIQUE INDEX \`IDX_5044ecc564fa84df410660d32d\` (\`applicationId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`disclosure_letter_sequence\` (\`agencyId\` int NOT NULL, \`year\` int NOT NULL, \`lastSerial\` int NOT NULL, PRIMARY KEY (\`agencyId\`, \`year\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`disclosure_letter_sequence\``);
    await queryRunner.query(`DROP INDEX \`IDX_5044ecc564fa84df410660d32d\` ON \`disclosure_reply_letter\``);
    await queryRunner.query(`DROP INDEX \`uq_disclosure_letter_number\` ON \`disclosure_reply_letter\``);
    await queryRunner.query(`DROP TABLE \`disclosure_reply_letter\``);
    await queryRunner.query(`DROP INDEX \`idx_disclosure_remedy_application\` ON \`disclosure_remedy\``);
    await queryRunner.query(`DROP TABLE \`disclosure_remedy\``);
    await queryRunner.query(`DROP INDEX \`idx_disclosure_pause_application\` ON \`disclosure_pause\``);
    await queryRunner.query(`DROP TABLE \`disclosure_pause\``);
    await queryRunner.query(`DROP INDEX \`idx_disclosure_event_application\` ON \`disclosure_event\``);
    await queryRunner.query(`DROP TABLE \`disclosure_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_ff0efa6f873d218523218b0bf7\` ON \`disclosure_application\``);
    await queryRunner.query(`DROP INDEX \`uq_disclosure_citizen_key\` ON \`disclosure_application\``);
    await queryRunner.query(`DROP INDEX \`idx_disclosure_agency_status\` ON \`disclosure_application\``);
    await queryRunner.query(`DROP INDEX \`idx_disclosure_citizen\` ON \`disclosure_application\``);
    await queryRunner.query(`DROP INDEX \`idx_disclosure_status_due\` ON \`disclosure_application\``);
    await queryRunner.query(`DROP TABLE \`disclosure_application\``);
  }
}
