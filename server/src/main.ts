// First: the ORM must be loaded with its stores replaced before anything else imports it.
import './common/orm-async-scope';
import 'reflect-metadata';
import { createApp } from './app';
import { bootstrap } from './bootstrap';
import { ConfigError, loadConfig, type Config } from './config';

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const app = await createApp(config);
  const lines = await bootstrap(app, config);
  // The logins first, then the line `npm start` waits for: its addresses come after everything else.
  for (const line of lines) console.log(line);
  console.log(`Pavilion API ready at ${app.url} (database: ${config.database.driver}${config.redisUrl ? ', live updates through Redis' : ''})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping: draining HTTP and WebSocket connections');
    const force = setTimeout(() => {
      app.log.error('did not stop within 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
