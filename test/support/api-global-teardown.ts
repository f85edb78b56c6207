import { dropTemplate } from './database-template';

export default async function teardown(): Promise<void> {
  await dropTemplate();
}
