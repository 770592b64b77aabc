/** How long a test waits for something that must happen: long enough for a busy 2-core machine. */
export const PATIENCE_MS = 60_000;

/**
 * Waits until `condition` holds (checked every 20 ms), and answers its last value; fails with
 * `what` after `timeoutMs`. Tests wait on conditions like this, never for a fixed time.
 */
export async function until<T>(condition: () => T | Promise<T>, what: string, timeoutMs = PATIENCE_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
