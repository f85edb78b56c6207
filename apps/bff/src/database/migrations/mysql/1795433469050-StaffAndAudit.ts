import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffAndAudit1795433469050 implements MigrationInterface {
  name = 'StaffAndAudit1795433469050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`audit_log\` (\`id\` int NOT NULL AUTO_INCREMENT, \`at\` datetime NOT NULL, \`actorType\` varchar(16) NOT NULL, \`actorId\` int NULL, \`actorRoles\` varchar(128) NULL, \`agencyId\` int NULL, \`action\` varchar(48) NOT NULL, \`objectType\` varchar(32) NULL, \`objectId\` varchar(64) NULL, \`reason\` varchar(500) NULL, \`ip\` varchar(45) NULL, \`traceId\` varchar(64) NULL, INDEX \`idx_audit_log_object\` (\`objectType\`, \`objectId\`), INDEX \`idx_audit_log_agency_at\` (\`agencyId\`, \`at\`), INDEX \`idx_audit_log_action_at\` (\`action\`, \`at\`), INDEX \`idx_audit_log_at\` (\`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`staff_session\` (\`tokenHash\` varchar(64) NOT NULL, \`accountId\` int NOT NULL, \`createdAt\` datetime NOT NULL, \`lastSeenAt\` datetime NOT NULL, \`expiresAt\` datetime NOT NULL, INDEX \`idx_staff_session_account\` (\`accountId\`), PRIMARY KEY (\`tokenHash\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`staff_account\` (\`id\` int NOT NULL AUTO_INCREMENT, \`username\` varchar(64) NOT NULL, \`displayName\` varchar(32) NOT NULL, \`agencyId\` int NOT NULL, \`roles\` text NOT NULL, \`passwordHash\` varchar(255) NOT NULL, \`failedLogins\` int NOT NULL DEFAULT '0', \`lockedUntil\` datetime NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`lastLoginAt\` datetime NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`idx_staff_account_agency\` (\`agencyId\`), UNIQUE INDEX \`IDX_a7c945e39de97ad2b20e719fc2\` (\`username\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`staff_account\` ADD CONSTRAINT \`FK_cca65cbb9ab75863c8d35dc2232\` FOREIGN KEY (\`agencyId\`) REFERENCES \`agency\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Written by hand: the audit log is append-only (docs/security.md §21); the schema diff does not see triggers.
    await queryRunner.query(`CREATE TRIGGER \`audit_log_no_update\` BEFORE UPDATE ON \`audit_log\` FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only'`);
    await queryRunner.query(`CREATE TRIGGER \`audit_log_no_delete\` BEFORE DELETE ON \`audit_log\` FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER \`audit_log_no_delete\``);
    await queryRunner.query(`DROP TRIGGER \`audit_log_no_update\``);
    await queryRunner.query(`ALTER TABLE \`staff_account\` DROP FOREIGN KEY \`FK_cca65cbb9ab75863c8d35dc2232\``);
    await queryRunner.query(`DROP INDEX \`IDX_a7c945e39de97ad2b20e719fc2\` ON \`staff_account\``);
    await queryRunner.query(`DROP INDEX \`idx_staff_account_agency\` ON \`staff_account\``);
    await queryRunner.query(`DROP TABLE \`staff_account\``);
    await queryRunner.query(`DROP INDEX \`idx_staff_session_account\` ON \`staff_session\``);
    await queryRunner.query(`DROP TABLE \`staff_session\``);
    await queryRunner.query(`DROP INDEX \`idx_audit_log_at\` ON \`audit_log\``);
    await queryRunner.query(`DROP INDEX \`idx_audit_log_action_at\` ON \`audit_log\``);
    await queryRunner.query(`DROP INDEX \`idx_audit_log_agency_at\` ON \`audit_log\``);
    await queryRunner.query(`DROP INDEX \`idx_audit_log_object\` ON \`audit_log\``);
    await queryRunner.query(`DROP TABLE \`audit_log\``);
  }
}
