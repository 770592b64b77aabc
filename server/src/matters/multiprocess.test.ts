import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../config';
import { PATIENCE_MS, testDatabase, untilLive } from '../test/harness';
import { gqlAt, startApiProcess, startRedis, type ApiProcess } from '../test/processes';

/** Two API processes behind one Redis: a change made through one reaches subscribers of the other. */
describe('live updates across server processes', () => {
  const cleanups: Array<() => unknown> = [];
  let a: ApiProcess;
  let b: ApiProcess;

  beforeAll(async () => {
    const db = await testDatabase();
    cleanups.push(db.drop);
    let redisUrl = loadConfig().redisUrl;
    if (!redisUrl) {
      const redis = await startRedis();
      cleanups.push(redis.stop);
      redisUrl = redis.url;
    }
    const url = db.database.driver === 'sqlite' ? `sqlite:${db.database.url}` : db.database.url;
    const env = { DATABASE_URL: url, REDIS_URL: redisUrl, REDIS_PREFIX: `mp${process.pid}:`, ADMIN_PASSWORD: 'process-test-1' };
    // One after the other: the first applies the migrations and loads the demo (about 15 s alone,
    // more beside the other test files).
    a = await startApiProcess({ ...env, DEMO_DATA: 'true' }, 120_000);
    b = await startApiProcess(env);
  }, 180_000);

  afterAll(async () => {
    for (const p of [a, b]) if (p) expect(await p.stop()).toBe(0);
    for (const c of cleanups.reverse()) await c();
  });

  it('delivers a matter raised through B to a subscriber of A', async () => {
    const ws = createClient({ url: a.url.replace('http', 'ws'), webSocketImpl: WebSocket });
    const received: Array<{ id: string; title: string }> = [];
    ws.subscribe(
      { query: 'subscription { matterUpdated(pavilionId: "1") { id title } }' },
      {
        next: (msg) => received.push((msg.data as { matterUpdated: { id: string; title: string } }).matterUpdated),
        error: (e) => {
          throw e;
        },
        complete: () => undefined,
      },
    );
    // Probe matters raised through B until A's subscriber sees one: then the path is live.
    await untilLive(
      () => gqlAt(b.url, 'mutation { raiseMatter(input: { pavilionId: "1", title: "探针事项", description: "", category: OTHER }) { id } }'),
      () => received.length,
    );
    const raised = await gqlAt(b.url, 'mutation { raiseMatter(input: { pavilionId: "1", title: "跨进程的事项", description: "", category: OTHER }) { id } }');
    expect(raised.errors).toBeUndefined();
    const deadline = Date.now() + PATIENCE_MS;
    while (!received.some((r) => r.id === raised.data.raiseMatter.id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await ws.dispose();
    expect(received.filter((r) => r.title !== '探针事项')).toEqual([{ id: raised.data.raiseMatter.id, title: '跨进程的事项' }]);
  });

  it("serves A's shared board afresh after a change made through B", async () => {
    const BOARD = '{ matters(filter: { pavilionId: "1" }, first: 5) { totalCount edges { node { title } } } }';
    const before = (await gqlAt(a.url, BOARD)).data.matters.totalCount;
    expect((await gqlAt(a.url, BOARD)).data.matters.totalCount).toBe(before); // now kept by A
    await gqlAt(b.url, 'mutation { raiseMatter(input: { pavilionId: "1", title: "第二件跨进程事项", description: "", category: OTHER }) { id } }');
    const deadline = Date.now() + PATIENCE_MS;
    let after = before;
    while (after === before && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      after = (await gqlAt(a.url, BOARD)).data.matters.totalCount;
    }
    expect(after).toBe(before + 1);
  });

  it("serves a signed-in caller of A a community's board afresh after a change made through B", async () => {
    // Signed in, so no shared answer: this reads the board rows A keeps per community.
    const token = (await gqlAt(a.url, 'mutation { residentLogin(homeCode: "20260001", pin: "135790") { token } }')).data.residentLogin.token;
    const community = (await gqlAt(a.url, '{ pavilion(id: "1") { community { id } } }')).data.pavilion.community.id;
    const BOARD = `{ matters(filter: { communityId: "${community}", status: [SUBMITTED] }, first: 100) { totalCount } }`;
    const before = (await gqlAt(a.url, BOARD, {}, token)).data.matters.totalCount;
    expect((await gqlAt(a.url, BOARD, {}, token)).data.matters.totalCount).toBe(before); // now kept by A
    await gqlAt(b.url, 'mutation { raiseMatter(input: { pavilionId: "1", title: "第三件跨进程事项", description: "", category: OTHER }) { id } }');
    const deadline = Date.now() + PATIENCE_MS;
    let after = before;
    while (after === before && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      after = (await gqlAt(a.url, BOARD, {}, token)).data.matters.totalCount;
    }
    expect(after).toBe(before + 1);
  });
});
