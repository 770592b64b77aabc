import { afterAll, beforeAll, expect, it } from 'vitest';
import { Home } from '../register';
import { homesCsv, loginAs, raise, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';

/** A ballot touches the vote row once, by incrementing its counters; nothing rewrites it wholesale. */
const statements: string[] = [];
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { ormHooks: { onQuery: (q) => statements.push(q) } });
});
afterAll(() => app?.close());

it('casting updates the vote only through the counter increment', async () => {
  const seed = await seedTwoCommunities(app);
  const admin = await loginAs(app, 'street');
  const secretary = await loginAs(app, 'secretary-a');
  await app.gql('mutation($csv: String!) { importHomes(csv: $csv) { created } }', { csv: homesCsv('甲社区', { estate: '计数小区', floors: 2 }) }, admin);
  const homes = await app.orm.em.fork().find(Home, { unit: { building: { estate: { name: '计数小区' } } } }, { populate: ['unit'], orderBy: { id: 'asc' } });
  const m = await raise(app, seed.pavilionA, { category: 'FEES' });
  await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { id } }', { id: m.id }, secretary);
  await app.gql('mutation($id: ID!) { recordResolution(matterId: $id, input: { summary: "表决", outcome: PUT_TO_VOTE }) { id } }', { id: m.id }, secretary);
  const vote = await app.gql(
    'mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }',
    {
      i: {
        matterId: m.id,
        question: '是否调整物业费？',
        rule: 'OWNERS_ORDINARY',
        scopeKind: 'UNIT',
        scopeId: String(homes[0].unit.id),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
    secretary,
  );
  const cred = await app.gql('mutation($id: ID!) { issueHomeCredential(homeId: $id) { homeCode pin } }', { id: String(homes[0].id) }, admin);
  const token = (
    await app.gql('mutation($c: String!, $p: String!) { residentLogin(homeCode: $c, pin: $p) { token } }', {
      c: cred.data.issueHomeCredential.homeCode,
      p: cred.data.issueHomeCredential.pin,
    })
  ).data.residentLogin.token;
  statements.length = 0;
  const cast = await app.gql('mutation($v: ID!) { castBallot(voteId: $v, choice: YES) { receipt } }', { v: vote.data.openVote.id }, token);
  expect(cast.errors).toBeUndefined();
  const voteUpdates = statements.filter((q) => /update [`"]vote[`"]/i.test(q));
  expect(voteUpdates).toHaveLength(1);
  expect(voteUpdates[0]).toMatch(/set [`"]participating_voters[`"] = .* where .*[`"]status[`"] = /);
});
