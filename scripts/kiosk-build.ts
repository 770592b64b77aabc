import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The kiosk's folder, from the source tree or from its compiled copy under build/. */
export const KIOSK = join(__dirname, __dirname.includes('/build/') ? '../../kiosk' : '../kiosk');

/** What a kiosk build is made from: its sources and the files that configure the build. */
const INPUTS = ['src', 'public', 'next.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether the last `next build` is newer than everything it was made from. */
export function kioskBuildIsCurrent(): boolean {
  const buildId = join(KIOSK, '.next/BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return INPUTS.every((input) => newestMtime(join(KIOSK, input)) < built);
}

/** Runs `next build` in a child process (the caller's event loop keeps running), rejecting with its output on failure. */
export async function buildKiosk(env: NodeJS.ProcessEnv = process.env, echo = false): Promise<void> {
  const child = spawn(process.execPath, [require.resolve('next/dist/bin/next', { paths: [KIOSK] }), 'build'], {
    cwd: KIOSK,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', echo ? 'inherit' : 'pipe', echo ? 'inherit' : 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`next build failed:\n${out}`);
}
