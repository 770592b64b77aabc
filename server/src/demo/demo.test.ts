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

  // The service centre's year: 25 teams, about 18,000 orders, most acknowledged well within 2 hours.
  const gql = (query: string, token?: string) =>
    fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    }).then((r) => r.json() as Promise<{ data: any; errors?: unknown }>);
  const teams = await gql('{ serviceTeams { id } }');
  expect(teams.data.serviceTeams).toHaveLength(25);
  const levels = (await gql('{ serviceLevels { orders responded medianRespondMinutes onTimeRespondRate onTimeResolveRate reworkRate averageRating } }')).data
    .serviceLevels;
  expect(levels.orders).toBeGreaterThan(17_000);
  expect(levels.medianRespondMinutes).toBeLessThan(60);
  expect(levels.onTimeRespondRate).toBeGreaterThan(0.8);
  expect(levels.averageRating).toBeGreaterThan(4);
  expect(lines.some((l) => l.includes('team-wqj-water-1'))).toBe(true);
  const login = await gql('mutation { login(username: "team-wqj-water-1", password: "lianhua2026") { token role } }');
  expect(login.data.login.role).toBe('SERVICE_STAFF');
  const mine = await gql('{ workOrders(sort: DEADLINE, first: 5) { totalCount edges { node { team { name } } } } }', login.data.login.token);
  expect(mine.data.workOrders.totalCount).toBeGreaterThan(100);
  expect(mine.data.workOrders.edges.every((e: { node: { team: { name: string } } }) => e.node.team.name === '万泉街水电维修队')).toBe(true);
});
