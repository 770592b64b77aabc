/**
 * `npm start`: the API (with demo data on first start unless DEMO_DATA=false) and the kiosk,
 * side by side; Ctrl-C or SIGTERM stops both, the API after draining its connections. The kiosk
 * is rebuilt only when its sources changed (the server's build is incremental), and the addresses
 * are printed once the API has its data and the kiosk answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ConfigError, loadConfig } from '../server/src/config';
import { buildKiosk, KIOSK, kioskBuildIsCurrent } from './kiosk-build';

const root = join(__dirname, '../..');
const children: ChildProcess[] = [];
/** What the API prints once it serves, after loading the demo on a first start. */
const API_READY = 'Pavilion API ready';

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root, pipeOut = false) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', pipeOut ? 'pipe' : 'inherit', 'inherit'] });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping the rest`);
      stop(code ?? 1);
    }
  });
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r))))).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function answers(url: string, deadline: number): Promise<void> {
  while (!stopping && Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  // Quiet by default here: the person at the terminal wants the URLs and logins, not request lines.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DEMO_DATA: process.env.DEMO_DATA ?? 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (kioskBuildIsCurrent()) console.log('Kiosk build is current; not rebuilding.');
  else {
    console.log('Building the kiosk (only when its sources changed)…');
    await buildKiosk(env, true);
  }
  const api = run('API', process.execPath, [join(root, 'build/server/src/main.js')], env, root, true);
  const apiReady = new Promise<void>((resolve) => {
    createInterface({ input: api.stdout! }).on('line', (line) => {
      console.log(line);
      if (line.startsWith(API_READY)) resolve();
    });
  });
  const kioskUrl = `http://localhost:${config.kioskPort}`;
  // The kiosk finds the API on its page's host at port 4000 unless told otherwise.
  const kioskEnv = config.port === 4000 || env.PAVILION_API_URL ? env : { ...env, PAVILION_API_URL: `http://localhost:${config.port}` };
  run('kiosk', process.execPath, [require.resolve('next/dist/bin/next', { paths: [KIOSK] }), 'start', '-p', String(config.kioskPort)], kioskEnv, KIOSK);
  await Promise.all([apiReady, answers(kioskUrl, Date.now() + 120_000)]);
  console.log(`\nReady. Kiosk: ${kioskUrl}   Staff console: ${kioskUrl}/console   API: http://localhost:${config.port}/graphql`);
}

main().catch((err) => {
  console.error(err);
  stop(1);
});
