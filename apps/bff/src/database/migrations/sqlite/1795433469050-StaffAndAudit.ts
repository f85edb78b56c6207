import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffAndAudit1795433469050 implements MigrationInterface {
  name = 'StaffAndAudit1795433469050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL, "actorType" varchar(16) NOT NULL, "actorId" integer, "actorRoles" varchar(128), "agencyId" integer, "action" varchar(48) NOT NULL, "objectType" varchar(32), "objectId" varchar(64), "reason" varchar(500), "ip" varchar(45), "traceId" varchar(64))`);
    await queryRunner.query(`CREATE INDEX "idx_audit_log_object" ON "audit_log" ("objectType", "objectId") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_log_agency_at" ON "audit_log" ("agencyId", "at") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_log_action_at" ON "audit_log" ("action", "at") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_log_at" ON "audit_log" ("at") `);
    await queryRunner.query(`CREATE TABLE "staff_session" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "accountId" integer NOT NULL, "createdAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "expiresAt" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_staff_session_account" ON "staff_session" ("accountId") `);
    await queryRunner.query(`CREATE TABLE "staff_account" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(32) NOT NULL, "agencyId" integer NOT NULL, "roles" text NOT NULL, "passwordHash" varchar(255) NOT NULL, "failedLogins" integer NOT NULL DEFAULT (0), "lockedUntil" datetime, "active" boolean NOT NULL DEFAULT (1), "lastLoginAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_a7c945e39de97ad2b20e719fc28" UNIQUE ("username"))`);
    await queryRunner.query(`CREATE INDEX "idx_staff_account_agency" ON "staff_account" ("agencyId") `);
    await queryRunner.query(`DROP INDEX "idx_staff_account_agency"`);
    await queryRunner.query(`CREATE TABLE "temporary_staff_account" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(32) NOT NULL, "agencyId" integer NOT NULL, "roles" text NOT NULL, "passwordHash" varchar(255) NOT NULL, "failedLogins" integer NOT NULL DEFAULT (0), "lockedUntil" datetime, "active" boolean NOT NULL DEFAULT (1), "lastLoginAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_a7c945e39de97ad2b20e719fc28" UNIQUE ("username"), CONSTRAINT "FK_cca65cbb9ab75863c8d35dc2232" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_staff_account"("id", "username", "displayName", "agencyId", "roles", "passwordHash", "failedLogins", "lockedUntil", "active", "lastLoginAt", "createdAt", "updatedAt") SELECT "id", "username", "displayName", "agencyId", "roles", "passwordHash", "failedLogins", "lockedUntil", "active", "lastLoginAt", "createdAt", "updatedAt" FROM "staff_account"`);
    await queryRunner.query(`DROP TABLE "staff_account"`);
    await queryRunner.query(`ALTER TABLE "temporary_staff_account" RENAME TO "staff_account"`);
    await queryRunner.query(`CREATE INDEX "idx_staff_account_agency" ON "staff_account" ("agencyId") `);
    // Written by hand: the audit log is append-only (docs/security.md §21); the schema diff does not see triggers.
    await queryRunner.query(`CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log" BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
    await queryRunner.query(`CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log" BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_log_no_delete"`);
    await queryRunner.query(`DROP TRIGGER "audit_log_no_update"`);
    await queryRunner.query(`DROP INDEX "idx_staff_account_agency"`);
    await queryRunner.query(`ALTER TABLE "staff_account" RENAME TO "temporary_staff_account"`);
    await queryRunner.query(`CREATE TABLE "staff_account" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(32) NOT NULL, "agencyId" integer NOT NULL, "roles" text NOT NULL, "passwordHash" varchar(255) NOT NULL, "failedLogins" integer NOT NULL DEFAULT (0), "lockedUntil" datetime, "active" boolean NOT NULL DEFAULT (1), "lastLoginAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_a7c945e39de97ad2b20e719fc28" UNIQUE ("username"))`);
    await queryRunner.query(`INSERT INTO "staff_account"("id", "username", "displayName", "agencyId", "roles", "passwordHash", "failedLogins", "lockedUntil", "active", "lastLoginAt", "createdAt", "updatedAt") SELECT "id", "username", "displayName", "agencyId", "roles", "passwordHash", "failedLogins", "lockedUntil", "active", "lastLoginAt", "createdAt", "updatedAt" FROM "temporary_staff_account"`);
    await queryRunner.query(`DROP TABLE "temporary_staff_account"`);
    await queryRunner.query(`CREATE INDEX "idx_staff_account_agency" ON "staff_account" ("agencyId") `);
    await queryRunner.query(`DROP INDEX "idx_staff_account_agency"`);
    await queryRunner.query(`DROP TABLE "staff_account"`);
    await queryRunner.query(`DROP INDEX "idx_staff_session_account"`);
    await queryRunner.query(`DROP TABLE "staff_session"`);
    await queryRunner.query(`DROP INDEX "idx_audit_log_at"`);
    await queryRunner.query(`DROP INDEX "idx_audit_log_action_at"`);
    await queryRunner.query(`DROP INDEX "idx_audit_log_agency_at"`);
    await queryRunner.query(`DROP INDEX "idx_audit_log_object"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
