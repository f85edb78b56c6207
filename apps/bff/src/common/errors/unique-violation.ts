/** True for a unique-index violation on SQLite or MySQL/MariaDB (TypeORM's QueryFailedError wraps the driver's). */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; errno?: number } }).driverError ?? (error as { code?: string; errno?: number });
  return driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' || driverError?.code === 'ER_DUP_ENTRY' || driverError?.errno === 1062;
}
