/**
 * `npm start`: the API (with demo data on first start unless DEMO_DATA=false) and the kiosk,
 * side by side; Ctrl-C or SIGTERM stops both, the API after draining its connections.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const children: ChildProcess[] = [];

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
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

// Quiet by default here: the person at the terminal wants the URLs and logins, not request lines.
const env = { ...process.env, DEMO_DATA: process.env.DEMO_DATA ?? 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NEXT_TELEMETRY_DISABLED: '1' };
run('API', process.execPath, [join(root, 'build/server/src/main.js')], env);
run('kiosk', process.execPath, [require.resolve('next/dist/bin/next', { paths: [join(root, 'kiosk')] }), 'start', '-p', '3000'], env, join(root, 'kiosk'));
console.log('Kiosk: http://localhost:3000   Staff console: http://localhost:3000/console   API: http://localhost:4000/graphql');
