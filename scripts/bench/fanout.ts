/**
 * Fan-out of live updates on one API process. 1,000 graphql-ws subscribers of a community's board
 * (the kiosk's subscription, with what a board card shows); each progress report on a matter there
 * must reach all of them: p50/p99 of the delay from sending the mutation to each delivery (target
 * p99 under 250 ms). Then subscribers are added up to 10,000 idle subscriptions and the API
 * process's resident memory is read (target under 1 GB).
 */
import 'reflect-metadata';
import { createClient, type Client } from 'graphql-ws';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { gqlAt, startApiProcess } from '../../server/src/test/processes';

const SUBSCRIBERS = Number(process.argv[2] ?? 1000);
const UPDATES = Number(process.argv[3] ?? 20);
const IDLE = Number(process.argv[4] ?? 10_000);

/** The kiosk board's subscription (kiosk/src/components/board/board-documents.ts): a card's fields, and what places it. */
const BOARD_UPDATES = `subscription($c: ID!) { matterUpdated(communityId: $c) {
  id step createdAt community { id } trackingCode title place category status progress secondCount
  vote { id status tally { eligibleOwners participatingOwners } result { passed } } } }`;

const MINIMAL_UPDATES = `subscription($c: ID!) { matterUpdated(communityId: $c) { id progress } }`;

/** Resident memory of a process, in MB, from /proc. */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-fanout-'));
  const api = await startApiProcess(
    {
      ...(process.env.FANOUT_PROFILE ? { NODE_OPTIONS: '--cpu-prof --cpu-prof-dir=/tmp/fprof' } : {}),
      DATABASE_URL: `sqlite:${join(dir, 'fanout.sqlite')}`,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'error',
      ADMIN_PASSWORD: 'bench-password',
    },
    60_000,
  );
  const clients: Client[] = [];
  try {
    const token = (await gqlAt(api.url, 'mutation { login(username: "office-wqj", password: "lianhua2026") { token } }')).data.login.token;
    const secretary = (await gqlAt(api.url, 'mutation { login(username: "secretary-wqj", password: "lianhua2026") { token } }')).data.login.token;
    const raised = await gqlAt(api.url, 'mutation { raiseMatter(input: { pavilionId: "1", title: "楼道灯坏了", description: "", category: REPAIR }) { id } }');
    const matterId = raised.data.raiseMatter.id;
    await gqlAt(api.url, `mutation { triageMatter(id: "${matterId}", decision: ROUTE_TO_OFFICE) { id } }`, {}, secretary);

    const communityId = (await gqlAt(api.url, '{ pavilion(id: "1") { community { id } } }')).data.pavilion.community.id;
    const subscribe = (onProgress: (progress: number) => void) => {
      const client = createClient({ url: api.url.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
      clients.push(client);
      return new Promise<void>((resolve, reject) => {
        client.on('connected', () => resolve());
        client.on('error', reject);
        client.subscribe(
          { query: process.env.FANOUT_MINIMAL ? MINIMAL_UPDATES : BOARD_UPDATES, variables: { c: communityId } },
          {
            next: (msg) => onProgress((msg.data as { matterUpdated: { progress: number } }).matterUpdated.progress),
            error: () => undefined,
            complete: () => undefined,
          },
        );
      });
    };
    const sentAt = new Map<number, bigint>();
    const delays: number[] = [];
    let connected = 0;
    const started = Date.now();
    const before = rssMb(api.child.pid!);
    await Promise.all(
      Array.from({ length: SUBSCRIBERS }, () =>
        subscribe((progress) => {
          const at = sentAt.get(progress);
          if (at !== undefined) delays.push(Number(process.hrtime.bigint() - at) / 1e6);
        }).then(() => void connected++),
      ),
    );
    console.log(`${connected} subscribers connected in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await new Promise((r) => setTimeout(r, 1000));

    for (let i = 1; i <= UPDATES; i++) {
      const expected = delays.length + SUBSCRIBERS;
      sentAt.set(i, process.hrtime.bigint());
      const res = await gqlAt(api.url, `mutation { reportProgress(matterId: "${matterId}", percent: ${i}, note: "第${i}次进展") { id } }`, {}, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      const deadline = Date.now() + 10_000;
      while (delays.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    }
    delays.sort((a, b) => a - b);
    const pct = (p: number) => delays[Math.min(delays.length - 1, Math.ceil((p / 100) * delays.length) - 1)];
    console.log(`deliveries: ${delays.length} of ${SUBSCRIBERS * UPDATES} expected (${UPDATES} updates x ${SUBSCRIBERS} subscribers)`);
    console.log(
      `delay from mutation to delivery: p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms, max ${delays.at(-1)!.toFixed(1)} ms (target p99 < 250 ms)`,
    );
    // Idle subscriptions: connected in batches, then the API process's memory.
    for (let n = clients.length; n < IDLE; n += 500) {
      await Promise.all(Array.from({ length: Math.min(500, IDLE - n) }, () => subscribe(() => undefined)));
    }
    await new Promise((r) => setTimeout(r, 2000));
    console.log(
      `${clients.length} idle subscriptions: API resident memory ${rssMb(api.child.pid!).toFixed(0)} MB (before any: ${before.toFixed(0)} MB; target < 1024 MB)`,
    );
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
