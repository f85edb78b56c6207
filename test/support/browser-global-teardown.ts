import type { ServerProcess } from './server-process';

export default async function teardown(): Promise<void> {
  await (globalThis as { weiminServer?: ServerProcess }).weiminServer?.stop();
}
