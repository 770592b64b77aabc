import pino from 'pino';
import { afterAll, expect, it } from 'vitest';
import { createApp } from '../app';
import { Home } from '../register';
import { homesCsv, PATIENCE_MS, seedTwoCommunities, testConfig, testDatabase, until } from '../test/harness';
import { VoteStatus } from './enums';
import { Vote } from './vote.entity';

/** A vote whose time passes while no server runs is closed when the next one starts. */
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: any; errors?: unknown };
}

/** Opens a vote of one unit on `first` that closes `inMs` from now; returns its ids and time. */
async function openVoteOn(first: Awaited<ReturnType<typeof createApp>>, inMs: number) {
  const seed = await seedTwoCommunities(first);
  const login = async (u: string) =>
    (await gql(first.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u, p: seed.password })).data.login.token;
  const admin = await login('street');
  const secretary = await login('secretary-a');
  await gql(first.url, 'mutation($csv: String!) { importHomes(csv: $csv) { created } }', { csv: homesCsv('甲社区', { estate: '重启小区', floors: 1 }) }, admin);
  const home = await first.orm.em.fork().findOneOrFail(Home, { unit: { building: { estate: { name: '重启小区' } } } }, { populate: ['unit'] });
  const m = (
    await gql(first.url, 'mutation($p: ID!) { raiseMatter(input: { pavilionId: $p, title: "是否更换物业", description: "", category: FEES }) { id } }', {
      p: String(seed.pavilionA),
    })
  ).data.raiseMatter;
  await gql(first.url, 'mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { id } }', { id: m.id }, secretary);
  await gql(
    first.url,
    'mutation($id: ID!) { recordResolution(matterId: $id, input: { summary: "表决", outcome: PUT_TO_VOTE }) { id } }',
    { id: m.id },
    secretary,
  );
  const opened = await gql(
    first.url,
    'mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }',
    {
      i: {
        matterId: m.id,
        question: '是否更换物业公司？',
        rule: 'OWNERS_ORDINARY',
        scopeKind: 'UNIT',
        scopeId: String(home.unit.id),
        closesAt: new Date(Date.now() + inMs).toISOString(),
      },
    },
    secretary,
  );
  const voteId = Number(opened.data.openVote.id);
  const closesAt = (await first.orm.em.fork().findOneOrFail(Vote, voteId)).closesAt.getTime();
  return { m, voteId, closesAt };
}

async function closedWithin(app: Awaited<ReturnType<typeof createApp>>, voteId: number, ms: number) {
  const deadline = Date.now() + ms;
  let vote = await app.orm.em.fork().findOneOrFail(Vote, voteId);
  while (vote.status !== VoteStatus.CLOSED && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    vote = await app.orm.em.fork().findOneOrFail(Vote, voteId);
  }
  return vote;
}

it('closes overdue votes on start', async () => {
  const db = await testDatabase();
  cleanups.push(db.drop);
  const config = testConfig(db.database);
  const first = await createApp(config, { port: 0, logger: pino({ level: 'silent' }) });
  const { m, voteId, closesAt } = await openVoteOn(first, 3000);
  await first.stop();

  await until(() => Date.now() > closesAt + 300, 'the vote to be overdue');
  const second = await createApp(config, { port: 0, logger: pino({ level: 'silent' }) });
  cleanups.push(() => second.stop());
  const vote = await closedWithin(second, voteId, PATIENCE_MS);
  expect(vote.status).toBe(VoteStatus.CLOSED);
  expect(vote.passed).toBe(false);
  const matter = await gql(second.url, 'query($id: ID!) { matter(id: $id) { status } }', { id: m.id });
  expect(matter.data.matter.status).toBe('VOTE_FAILED');
});

it('closes on time a vote opened by a process that died, from another that runs', async () => {
  const db = await testDatabase();
  cleanups.push(db.drop);
  const config = testConfig(db.database);
  const first = await createApp(config, { port: 0, logger: pino({ level: 'silent' }) });
  // The second process is running before the vote exists, so only looking again can find it.
  const second = await createApp(config, { port: 0, logger: pino({ level: 'silent' }), migrate: false });
  cleanups.push(() => second.stop());
  const { m, voteId, closesAt } = await openVoteOn(first, 2500);
  await first.stop();
  await until(() => Date.now() >= closesAt, 'the vote to be due');
  const vote = await closedWithin(second, voteId, PATIENCE_MS);
  expect(vote.status).toBe(VoteStatus.CLOSED);
  expect(vote.closedAt!.getTime() - closesAt).toBeLessThan(5000);
  const matter = await gql(second.url, 'query($id: ID!) { matter(id: $id) { status timeline { kind } } }', { id: m.id });
  expect(matter.data.matter.status).toBe('VOTE_FAILED');
  expect(matter.data.matter.timeline.filter((e: { kind: string }) => e.kind === 'VOTE_CLOSED')).toHaveLength(1);
});
