import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, ROOT } from '../../server/src/test/processes';

const KIOSK = join(ROOT, 'kiosk');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const LOCK = join(KIOSK, '.next-build.lock');

function buildIsCurrent(): boolean {
  const buildId = join(KIOSK, '.next/BUILD_ID');
  return existsSync(buildId) && statSync(buildId).mtimeMs > newestMtime(join(KIOSK, 'src'));
}

/**
 * Builds the kiosk when its sources are newer than the last build. Browser test files run in
 * parallel: one builds while the others wait for its lock, then find the build current.
 */
export async function ensureKioskBuild() {
  for (;;) {
    if (buildIsCurrent()) return;
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed run is older than any build takes.
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (buildIsCurrent()) return;
    // Asynchronously: a test worker whose event loop is blocked for the build's minute misses its own RPC deadlines.
    const child = spawn(process.execPath, [require.resolve('next/dist/bin/next', { paths: [KIOSK] }), 'build'], {
      cwd: KIOSK,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`next build failed:\n${out}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export async function startKiosk(apiUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [require.resolve('next/dist/bin/next', { paths: [KIOSK] }), 'start', '-p', String(port)], {
    cwd: KIOSK,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PAVILION_API_URL: apiUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).status < 500) break;
    } catch {
      /* not yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`kiosk did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
