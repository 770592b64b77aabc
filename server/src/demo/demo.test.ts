import pino from 'pino';
import { afterAll, expect, it } from 'vitest';
import { createApp } from '../app';
import { bootstrap } from '../bootstrap';
import { Pavilion } from '../register/pavilion.entity';
import { testConfig, testDatabase } from '../test/harness';

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

it('loads the demo and leaves every live limit unspent: a kiosk raises at once, up to its limit', async () => {
  const db = await testDatabase();
  cleanups.push(db.drop);
  const config = testConfig(db.database, { demoData: true });
  // The deployment's own limits, not the raised ones other tests use.
  const app = await createApp(config, { port: 0, logger: pino({ level: 'silent' }) });
  cleanups.push(() => app.stop());
  const lines = await bootstrap(app, config);
  expect(lines.some((l) => l.includes('87 pavilions'))).toBe(true);
  const pavilion = await app.orm.em.fork().findOneOrFail(Pavilion, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
  const raise = () =>
    fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($p: ID!) { raiseMatter(input: { pavilionId: $p, title: "楼道灯不亮了", description: "", category: REPAIR }) { id } }',
        variables: { p: String(pavilion.id) },
      }),
    }).then((r) => r.json() as Promise<{ data: unknown; errors?: Array<{ extensions: { code: string } }> }>);
  for (let i = 0; i < 5; i++) expect((await raise()).errors).toBeUndefined();
  expect((await raise()).errors?.[0].extensions.code).toBe('RATE_LIMITED');
});
