import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildKiosk, KIOSK, kioskBuildIsCurrent } from '../../scripts/kiosk-build';
import { freePort } from '../../server/src/test/processes';

const LOCK = join(KIOSK, '.next-build.lock');

export async function ensureKioskBuild() {
  for (;;) {
    if (kioskBuildIsCurrent()) return;
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
    if (kioskBuildIsCurrent()) return;
    // Asynchronously: a test worker whose event loop is blocked for the build's minute misses its own RPC deadlines.
    await buildKiosk();
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
