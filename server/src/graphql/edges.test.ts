import { createClient } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { homesCsv, loginAs, seedTwoCommunities, startTestApp, untilLive, type TestApp } from '../test/harness';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
});
afterAll(() => app?.close());

const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

describe('text from outside is refused at the edge', () => {
  it('answers BAD_USER_INPUT for a NUL where SQLite would cut the statement', async () => {
    expect(code(await app.gql('query($c: String!) { matterByTrackingCode(code: $c) { id } }', { c: 'AB\u0000CD' }))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql('mutation($u: String!) { login(username: $u, password: "x") { token } }', { u: 'street\u0000' }))).toBe('BAD_USER_INPUT');
    // In a literal of the document too.
    expect(code(await app.gql('{ matterByTrackingCode(code: "AB\\u0000CD") { id } }'))).toBe('BAD_USER_INPUT');
  });

  it('refuses other control characters, lone surrogates and over-long values, deep inside inputs too', async () => {
    const raise = 'mutation($input: RaiseMatterInput!) { raiseMatter(input: $input) { id } }';
    const input = { pavilionId: String(seed.pavilionA), title: '楼道灯坏了', description: '', category: 'REPAIR' };
    expect(code(await app.gql(raise, { input: { ...input, description: 'a\u0007b' } }))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(raise, { input: { ...input, title: 'ab\uD800cd' } }))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(raise, { input: { ...input, description: 'x'.repeat(10_001) } }))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(raise, { input: { ...input, pavilionId: '1\t' } }))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql('query($id: ID!) { matter(id: $id) { id } }', { id: '9'.repeat(65) }))).toBe('BAD_USER_INPUT');
    // Tabs and line breaks are fine in long text.
    const ok = await app.gql(raise, { input: { ...input, description: '第一行\n第二行\t备注' } });
    expect(ok.errors).toBeUndefined();
  });

  it('refuses the same over WebSocket', async () => {
    const ws = createClient({ url: app.url.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    const errors = await new Promise<unknown[]>((resolve) => {
      ws.subscribe(
        { query: 'subscription($p: ID) { matterUpdated(pavilionId: $p) { id } }', variables: { p: '1\u0000' } },
        { next: () => undefined, error: (e) => resolve(e as unknown[]), complete: () => undefined },
      );
    });
    await ws.dispose();
    expect(errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('request bodies are limited by sender', () => {
  const big = (kb: number) => ({ query: '{ pavilions { id } }', variables: { pad: 'x'.repeat(kb * 1024) } });

  it('refuses 64 kB and more from anyone without a staff session, before parsing', async () => {
    const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(big(70)) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('takes a register file of over half a megabyte from staff, and refuses more than 16 MB', async () => {
    const token = await loginAs(app, 'street');
    const csv = homesCsv('甲社区', { estate: '大文件小区', units: 40, floors: 165 });
    expect(Buffer.byteLength(csv)).toBeGreaterThan(512 * 1024);
    const res = await app.gql('mutation($csv: String!) { importHomes(csv: $csv) { created errors { message } } }', { csv }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data.importHomes.errors).toEqual([]);
    expect(res.data.importHomes.created).toBe(40 * 165 * 2);
    const tooBig = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(big(17 * 1024)),
    });
    expect(tooBig.status).toBe(413);
  });
});

describe('errors over WebSocket', () => {
  it('are formatted as over HTTP: a code, and no internals', async () => {
    const ws = createClient({ url: app.url.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false });
    const seen: Array<{ errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> = [];
    const unsubscribe = ws.subscribe(
      { query: 'subscription { matterUpdated { id title } }' },
      { next: (msg) => void seen.push(msg as (typeof seen)[number]), error: () => undefined, complete: () => undefined },
    );
    // An event naming a matter that does not exist makes the resolver fail inside the ORM.
    await untilLive(
      () =>
        app.services.pubSub.publish('MATTER_UPDATED', { eventId: randomUUID(), matterId: 987_654, pavilionId: seed.pavilionA, communityId: seed.communityA }),
      () => seen.length,
    );
    unsubscribe();
    await ws.dispose();
    const error = seen[0].errors![0];
    expect(error.message).toBe('Internal server error');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(seen[0])).not.toMatch(/select|stack|987654|\.ts|node_modules/i);
  });

  it('give validation errors the code they get over HTTP', async () => {
    const ws = createClient({ url: app.url.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    const errors = await new Promise<Array<{ extensions?: { code?: string } }>>((resolve) => {
      ws.subscribe(
        { query: 'subscription { matterUpdated { nope } }' },
        { next: () => undefined, error: (e) => resolve(e as never), complete: () => undefined },
      );
    });
    await ws.dispose();
    const http = await app.gql('{ matters { nope } }');
    expect(errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(code(http)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
