import 'reflect-metadata';
import { createApp } from './app.factory';
import { loadAppConfig } from './config/configuration';
import { ConfigurationError } from './config/environment';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadAppConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen({ port: config.app.port, host: config.app.host });
  console.log(`为民 is up: http://localhost:${config.app.port}/h5/  ·  /admin/  ·  /api/docs`);
}

void bootstrap();
