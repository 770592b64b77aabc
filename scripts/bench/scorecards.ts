/**
 * The property-service scorecards on SQLite with the demo's two years (ratings, checks, assessor
 * scores, fees, complaints and the companies' orders for 41 estates): the API in its own process.
 * Prints the time to compute the year's scorecards of every company (signed in, so no shared
 * answer is used), then the public `scorecards` query from a kiosk twice (computed, then served
 * from the response cache), each beside a baseline measured in the same run (the same server
 * answering `{ __typename }`). Target: the year's scorecards < 500 ms. `npm run bench:scorecards`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { gqlAt, startApiProcess } from '../../server/src/test/processes';

const RUNS = 15;
const QUERY = `query($p: String!) { scorecards(kind: YEAR, period: $p) { rank total grade residentRatings company { name }
  dimensions { code points indicators { code points basis } } } }`;

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-scorecards-'));
  const started = Date.now();
  const api = await startApiProcess({ DATABASE_URL: `sqlite:${join(dir, 'scorecards.sqlite')}`, DEMO_DATA: 'true', LOG_LEVEL: 'error' }, 120_000);
  console.log(`demo loaded and API ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    const login = await gqlAt(api.url, 'mutation { login(username: "street", password: "lianhua2026") { token } }');
    const token = login.data.login.token as string;
    const year = String(new Date().getFullYear());
    const check = await gqlAt(api.url, QUERY, { p: year }, token);
    if (check.errors) throw new Error(JSON.stringify(check.errors));
    const companies = check.data.scorecards.length;

    const base: number[] = [];
    const computed: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      base.push(await timed(() => gqlAt(api.url, '{ __typename }', {}, token)));
      computed.push(await timed(() => gqlAt(api.url, QUERY, { p: year }, token)));
    }
    console.log(`baseline { __typename }: median ${med(base).toFixed(1)} ms`);
    console.log(
      `scorecards of ${year} (open, computed live) for ${companies} companies: median ${med(computed).toFixed(1)} ms, max ${Math.max(...computed).toFixed(1)} ms (target < 500 ms); ratio to baseline ${(med(computed) / med(base)).toFixed(1)}`,
    );

    // A kiosk asks without a session: the first answer is computed, the next ones are shared.
    const kioskFirst = await timed(() => gqlAt(api.url, QUERY, { p: year }));
    const shared: number[] = [];
    for (let i = 0; i < RUNS; i++) shared.push(await timed(() => gqlAt(api.url, QUERY, { p: year })));
    console.log(
      `public scorecards: first ${kioskFirst.toFixed(1)} ms, then from the response cache median ${med(shared).toFixed(1)} ms; ratio to baseline ${(med(shared) / med(base)).toFixed(1)}`,
    );
  } finally {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
