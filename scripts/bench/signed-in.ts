/**
 * The signed-in path on the demo data. A bare Apollo 5 hello world and the API each run in their
 * own process on this machine, loaded one at a time by autocannon from this one with 20
 * connections: anonymous `{ __typename }`, a staff `{ me { role } }`, the kiosk board signed in
 * (a resident's session), the same board anonymous with the shared answers off, and a
 * secretary's console inbox. Prints requests/s, p50, p99 and the ratio to the hello world.
 * Targets on 2 cores, SQLite: `me` >= 0.4, the signed-in board >= 0.1, p99 < 50 ms for all.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT, startApiProcess, type ApiProcess } from '../../server/src/test/processes';

const SECONDS = Number(process.argv[2] ?? 8);
const CONNECTIONS = 20;

/** The board as the kiosk asks for it (kiosk/src/components/board/board-documents.ts). */
const BOARD = `query KioskBoard($communityId: ID!) {
  open: matters(filter: { communityId: $communityId, status: [SUBMITTED, ON_AGENDA, VOTING, IN_EXECUTION] }, first: 60) { totalCount edges { node { id step ...BoardCard } } }
  done: matters(filter: { communityId: $communityId, step: DONE }, first: 8) { totalCount edges { node { id step ...BoardCard } } }
  stats(communityId: $communityId) { raised resolved triage { medianMinutes } participation { rate } }
  notices(communityId: $communityId, first: 3) { id title body publishedAt }
}
fragment BoardCard on Matter { id trackingCode title place category status step progress secondCount vote { id status tally { eligibleOwners participatingOwners } result { passed } } }`;
const INBOX = '{ inbox { id trackingCode title category status waitingMinutes overdue secondCount contactPhone createdAt } }';

interface Figures {
  rps: number;
  p50: number;
  p99: number;
}

async function load(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Figures> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const body = JSON.stringify({ query, variables });
  const probe = (await (await fetch(url, { method: 'POST', headers, body })).json()) as { errors?: unknown };
  if (probe.errors) throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(probe.errors)}`);
  // A short warm-up, then the measured run.
  await autocannon({ url, method: 'POST', connections: CONNECTIONS, duration: 2, headers, body });
  const r = await autocannon({ url, method: 'POST', connections: CONNECTIONS, duration: SECONDS, headers, body });
  if (r.non2xx || r.errors) throw new Error(`failures: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = (await (
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
  ).json()) as { data: T; errors?: unknown };
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

async function helloWorld(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'build/scripts/bench/hello-apollo.js'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', () => reject(new Error('hello world did not start')));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => child.kill('SIGTERM') };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-signed-in-'));
  const file = join(dir, 'demo.sqlite');
  const processes: Array<{ stop(): unknown }> = [];
  try {
    // First start loads the demo data; a second API process on the same file serves without shared answers.
    const api: ApiProcess = await startApiProcess(
      { DATABASE_URL: `sqlite:${file}`, DEMO_DATA: 'true', LOG_LEVEL: 'error', ADMIN_PASSWORD: 'bench-password' },
      120_000,
    );
    processes.push(api);
    const hello = await helloWorld();
    processes.push(hello);

    const staff = (await gql<{ login: { token: string } }>(api.url, 'mutation { login(username: "secretary-wqj", password: "lianhua2026") { token } }')).login
      .token;
    const resident = (await gql<{ residentLogin: { token: string } }>(api.url, 'mutation { residentLogin(homeCode: "20260001", pin: "135790") { token } }'))
      .residentLogin.token;
    const me = await (
      await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${resident}` },
        body: JSON.stringify({ query: '{ me { communities { id } } }' }),
      })
    ).json();
    const communityId = (me as { data: { me: { communities: Array<{ id: string }> } } }).data.me.communities[0].id;

    const rows: Array<[string, Figures]> = [];
    rows.push(['bare Apollo 5 hello world (baseline)', await load(hello.url, '{ hello }')]);
    rows.push(['anonymous { __typename }', await load(api.url, '{ __typename }')]);
    rows.push(['signed-in { me { role } } (staff)', await load(api.url, '{ me { role } }', {}, staff)]);
    rows.push(['kiosk board, signed in (resident)', await load(api.url, BOARD, { communityId }, resident)]);
    rows.push(['console inbox (secretary)', await load(api.url, INBOX, {}, staff)]);
    await api.stop();
    processes.length = 0;
    processes.push(hello);
    const uncached = await startApiProcess({ DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'error', PUBLIC_CACHE: 'false' });
    processes.push(uncached);
    rows.push(['kiosk board, anonymous, shared answers off', await load(uncached.url, BOARD, { communityId })]);

    const base = rows[0][1].rps;
    console.log(`signed-in path, demo data, SQLite, ${CONNECTIONS} connections, ${SECONDS} s each`);
    for (const [name, f] of rows) {
      console.log(
        `${name.padEnd(44)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${String(f.p50).padStart(3)} ms  p99 ${String(f.p99).padStart(3)} ms  ratio ${(f.rps / base).toFixed(3)}`,
      );
    }
    console.log('targets: me >= 0.4, signed-in board >= 0.1, p99 < 50 ms for all');
  } finally {
    for (const p of processes) await p.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
