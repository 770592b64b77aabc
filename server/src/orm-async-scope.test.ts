import { executionAsyncId } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsCallScopedStores } from './common/orm-async-scope';
import { Branch } from './register';
import { loginAs, raise, seedTwoCommunities, startTestApp, type TestApp } from './test/harness';

/** Whether promises are tracked: with promise hooks on, every continuation gets an async id of its own. */
async function promisesTracked(): Promise<boolean> {
  const ids = new Set<number>();
  for (let i = 0; i < 3; i++) {
    await null;
    ids.add(executionAsyncId());
  }
  return [...ids].some((id) => id !== 0);
}

let app: TestApp;
let pavilionA: number;
beforeAll(async () => {
  app = await startTestApp();
  ({ pavilionA } = await seedTwoCommunities(app));
});
afterAll(() => app?.close());

describe("the ORM's stores", () => {
  it('are replaced on runtimes whose AsyncLocalStorage turns promise hooks on: Node 20, or Node 24 with its context frames off', () => {
    expect(needsCallScopedStores('20.20.2', [])).toBe(true);
    expect(needsCallScopedStores('22.12.0', [])).toBe(true);
    expect(needsCallScopedStores('24.11.1', [])).toBe(false);
    expect(needsCallScopedStores('24.11.1', ['--no-async-context-frame'])).toBe(true);
  });

  it('leave promise hooks off after flushes, transactions and queries', async () => {
    // The seed flushed and created staff in transactions; now a sign-in, a raise and reads over HTTP.
    const token = await loginAs(app, 'office-a');
    const raised = await raise(app, pavilionA);
    const read = await app.gql('query($c: String!) { matterByTrackingCode(code: $c) { id status } }', { c: raised.trackingCode }, token);
    expect(read.data.matterByTrackingCode.status).toBe('SUBMITTED');
    expect(await promisesTracked()).toBe(false);
  });

  it('still roll a failed transaction back whole', async () => {
    const count = () => app.orm.em.fork().count(Branch, {});
    const before = await count();
    await expect(
      app.orm.em.fork().transactional(async (tx) => {
        tx.create(Branch, { name: '临时支部' });
        await tx.flush();
        expect(await tx.count(Branch, {})).toBe(before + 1);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await count()).toBe(before);
  });
});
