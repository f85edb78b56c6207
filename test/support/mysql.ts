import { createConnection } from 'mysql2/promise';

/** A user allowed to create and drop `weimin_*` databases (.ci/run creates it; see README). */
export const MYSQL_ADMIN_URL = process.env.MYSQL_ADMIN_URL ?? 'mysql://weimin:weimin@127.0.0.1:3306';

/** A fresh, empty database for one test file; returns its URL and a function that drops it. */
export async function createMysqlDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `weimin_t${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await createConnection(MYSQL_ADMIN_URL);
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: `${MYSQL_ADMIN_URL}/${name}`,
    drop: async () => {
      const connection = await createConnection(MYSQL_ADMIN_URL);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}
