import { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyInterpretations1796110388164 implements MigrationInterface {
  name = 'PolicyInterpretations1796110388164';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`interpretation_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`interpretationId\` int NOT NULL, \`at\` datetime NOT NULL, \`action\` varchar(16) NOT NULL, \`level\` int NULL, \`actorId\` int NULL, \`actorRole\` varchar(16) NULL, \`fromStatus\` varchar(16) NULL, \`toStatus\` varchar(16) NOT NULL, \`comment\` varchar(500) NULL, INDEX \`idx_interpretation_event_item\` (\`interpretationId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`interpretation_feedback\` (\`id\` int NOT NULL AUTO_INCREMENT, \`interpretationId\` int NOT NULL, \`citizenId\` int NOT NULL, \`helpful\` tinyint NOT NULL, \`at\` datetime NOT NULL, UNIQUE INDEX \`uq_interpretation_feedback_citizen\` (\`interpretationId\`, \`citizenId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`interpretation_relation\` (\`interpretationId\` int NOT NULL, \`relatedId\` int NOT NULL, PRIMARY KEY (\`interpretationId\`, \`relatedId\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`interpretation_stage\` (\`interpretationId\` int NOT NULL, \`stage\` varchar(32) NOT NULL, INDEX \`idx_interpretation_stage_stage\` (\`stage\`, \`interpretationId\`), PRIMARY KEY (\`interpretationId\`, \`stage\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`interpretation_term\` (\`id\` int NOT NULL AUTO_INCREMENT, \`term\` varchar(64) NOT NULL, \`interpretationId\` int NOT NULL, \`weight\` int NOT NULL, INDEX \`idx_interpretation_term_item\` (\`interpretationId\`), INDEX \`idx_interpretation_term_term\` (\`term\`, \`interpretationId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`interpretation_variant\` (\`interpretationId\` int NOT NULL, \`language\` varchar(8) NOT NULL, \`title\` varchar(200) NOT NULL, \`summary\` varchar(600) NOT NULL, \`bodyHtml\` text NOT NULL, PRIMARY KEY (\`interpretationId\`, \`language\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`policy_document\` (\`id\` int NOT NULL AUTO_INCREMENT, \`title\` varchar(200) NOT NULL, \`docNumber\` varchar(64) NOT NULL, \`issuer\` varchar(100) NOT NULL, \`issuedOn\` varchar(10) NOT NULL, \`validity\` varchar(16) NOT NULL, \`createdAt\` datetime NOT NULL, UNIQUE INDEX \`IDX_23f189b4caa5e1545015c7bafb\` (\`docNumber\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`interpretation\` (\`id\` int NOT NULL AUTO_INCREMENT, \`title\` varchar(100) NOT NULL, \`summary\` varchar(300) NOT NULL, \`bodyHtml\` text NOT NULL, \`format\` varchar(16) NOT NULL, \`mediaUrl\` varchar(500) NULL, \`imageUrl\` varchar(500) NULL, \`policyDocumentId\` int NULL, \`agencyId\` int NOT NULL, \`authorId\` int NULL, \`status\` varchar(16) NOT NULL, \`createdAt\` datetime NOT NULL, \`updatedAt\` datetime NOT NULL, \`publishedAt\` datetime NULL, \`withdrawnAt\` datetime NULL, \`withdrawReason\` varchar(500) NULL, \`viewCount\` int NOT NULL DEFAULT '0', \`helpfulCount\` int NOT NULL DEFAULT '0', \`unhelpfulCount\` int NOT NULL DEFAULT '0', \`version\` int NOT NULL, INDEX \`idx_interpretation_status_published\` (\`status\`, \`publishedAt\`), INDEX \`idx_interpretation_agency_status\` (\`agencyId\`, \`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`interpretation\` ADD CONSTRAINT \`FK_dd88f05d35b858762f141bc1ef9\` FOREIGN KEY (\`policyDocumentId\`) REFERENCES \`policy_document\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`interpretation\` ADD CONSTRAINT \`FK_66f97c9ce61d60efc2c6cbce5db\` FOREIGN KEY (\`agencyId\`) REFERENCES \`agency\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`interpretation\` DROP FOREIGN KEY \`FK_66f97c9ce61d60efc2c6cbce5db\``);
    await queryRunner.query(`ALTER TABLE \`interpretation\` DROP FOREIGN KEY \`FK_dd88f05d35b858762f141bc1ef9\``);
    await queryRunner.query(`DROP INDEX \`idx_interpretation_agency_status\` ON \`interpretation\``);
    await queryRunner.query(`DROP INDEX \`idx_interpretation_status_published\` ON \`interpretation\``);
    await queryRunner.query(`DROP TABLE \`interpretation\``);
    await queryRunner.query(`DROP INDEX \`IDX_23f189b4caa5e1545015c7bafb\` ON \`policy_document\``);
    await queryRunner.query(`DROP TABLE \`policy_document\``);
    await queryRunner.query(`DROP TABLE \`interpretation_variant\``);
    await queryRunner.query(`DROP INDEX \`idx_interpretation_term_term\` ON \`interpretation_term\``);
    await queryRunner.query(`DROP INDEX \`idx_interpretation_term_item\` ON \`interpretation_term\``);
    await queryRunner.query(`DROP TABLE \`interpretation_term\``);
    await queryRunner.query(`DROP INDEX \`idx_interpretation_stage_stage\` ON \`interpretation_stage\``);
    await queryRunner.query(`DROP TABLE \`interpretation_stage\``);
    await queryRunner.query(`DROP TABLE \`interpretation_relation\``);
    await queryRunner.query(`DROP INDEX \`uq_interpretation_feedback_citizen\` ON \`interpretation_feedback\``);
    await queryRunner.query(`DROP TABLE \`interpretation_feedback\``);
    await queryRunner.query(`DROP INDEX \`idx_interpretation_event_item\` ON \`interpretation_event\``);
    await queryRunner.query(`DROP TABLE \`interpretation_event\``);
  }
}
