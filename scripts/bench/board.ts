/**
 * The kiosk board under load: 100,000 matters in a SQLite database, the API in its own process,
 * and autocannon with 50 connections asking for a pavilion's board (50 matters with their
 * pavilion and timeline), then `{ __typename }` on the same server. Prints requests/s, p50 and
 * p99 of each and their ratio. Targets: ratio >= 0.5, board p99 under 100 ms.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initOrm } from '../../server/src/orm.config';
import { startApiProcess } from '../../server/src/test/processes';
import { seedMatters } from './seed-matters';

const MATTERS = Number(process.argv[2] ?? 100_000);
const SECONDS = Number(process.argv[3] ?? 10);

const BOARD = `query Board($p: ID!) { matters(filter: { pavilionId: $p }, first: 50) { totalCount edges { node {
  id trackingCode title category status step progress secondCount createdAt pavilion { id name } timeline { at status kind note } vote { id status closesAt tally { participatingOwners } } } } } }`;

async function run(url: string, body: string, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const result = await autocannon({ url, method: 'POST', connections: 50, duration: SECONDS, headers, body });
  if (result.non2xx || result.errors) throw new Error(`failures: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-board-'));
  const file = join(dir, 'board.sqlite');
  const orm = await initOrm({ driver: 'sqlite', url: file });
  await orm.getMigrator().up();
  const seeded = Date.now();
  const { pavilionIds } = await seedMatters(orm, MATTERS);
  await orm.close(true);
  console.log(`seeded ${MATTERS} matters in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

  const api = await startApiProcess({ DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'error', ADMIN_PASSWORD: 'bench-password' });
  try {
    const pavilion = String(pavilionIds[0]);
    const warm = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: BOARD, variables: { p: pavilion } }),
    });
    const warmBody = (await warm.json()) as { errors?: unknown; data?: { matters: { edges: unknown[] } } };
    if (warmBody.errors) throw new Error(JSON.stringify(warmBody.errors));
    const board = await run(api.url, JSON.stringify({ query: BOARD, variables: { p: pavilion } }));
    const trivial = await run(api.url, JSON.stringify({ query: '{ __typename }' }));
    // A signed-in caller is never served a shared answer: every request runs the queries.
    const login = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "admin", password: "bench-password") { token } }' }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const executed = await run(api.url, JSON.stringify({ query: BOARD, variables: { p: pavilion } }), token);
    console.log(
      `kiosk board, anonymous (${warmBody.data!.matters.edges.length} matters, ${SECONDS} s, 50 connections): ${board.rps.toFixed(0)} req/s, p50 ${board.p50} ms, p99 ${board.p99} ms (target p99 < 100 ms)`,
    );
    console.log(`{ __typename }:                                         ${trivial.rps.toFixed(0)} req/s, p50 ${trivial.p50} ms, p99 ${trivial.p99} ms`);
    console.log(`ratio board/trivial requests/s: ${(board.rps / trivial.rps).toFixed(2)} (target >= 0.5)`);
    console.log(
      `board executed on every request (signed-in caller, no shared answer): ${executed.rps.toFixed(0)} req/s, p50 ${executed.p50} ms, p99 ${executed.p99} ms`,
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
