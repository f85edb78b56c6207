import { startServerProcess } from './server-process';

/** One BFF for the whole browser suite (specs run in band, so they share this process's env). */
export default async function setup(): Promise<void> {
  const server = await startServerProcess();
  process.env.WEIMIN_BASE_URL = server.url;
  (globalThis as { weiminServer?: unknown }).weiminServer = server;
}
