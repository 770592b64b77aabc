import { execFile } from 'node:child_process';
import { IMPORT_HEADER, Home, Unit } from '../register';
import { codePattern, RECEIPT_LENGTH } from '../common/codes';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { randomUUID } from 'node:crypto';
import { loginAs, raise, seedTwoCommunities, PATIENCE_MS, startTestApp, untilLive, type TestApp } from '../test/harness';
import { Ballot } from './ballot.entity';
import { ballotDigest } from './receipts';

const run = promisify(execFile);

/**
 * One unit of an old building in community 甲: owner X has three homes, a developer two unsold
 * ones, and A, B, C, D one each. P = 6 owners; A = 800 m²; 9 homes.
 */
const UNIT_CSV = [
  IMPORT_HEADER,
  '甲社区,电梯小区,1栋,1单元,1,101,80,A',
  '甲社区,电梯小区,1栋,1单元,1,102,80,B',
  '甲社区,电梯小区,1栋,1单元,2,201,80,C',
  '甲社区,电梯小区,1栋,1单元,2,202,80,D',
  '甲社区,电梯小区,1栋,1单元,3,301,90,X',
  '甲社区,电梯小区,1栋,1单元,3,302,90,X',
  '甲社区,电梯小区,1栋,1单元,4,401,100,X',
  '甲社区,电梯小区,1栋,1单元,4,402,100,DEV',
  '甲社区,电梯小区,1栋,1单元,5,501,100,DEV',
  '甲社区,电梯小区,1栋,2单元,1,101,70,E',
].join('\n');

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let secretary: string;
let office: string;
let admin: string;
let unitId: string;
const room: Record<string, { homeId: string; token: string }> = {};

const OPEN = `mutation($input: OpenVoteInput!) { openVote(input: $input) { id status question rule scopeName closesAt
  tally { eligibleOwners eligibleAreaM2 participatingOwners participatingAreaM2 eligibleHomes } result { passed } matter { id status } } }`;
const CAST = 'mutation($v: ID!, $c: BallotChoice!) { castBallot(voteId: $v, choice: $c) { receipt castAt } }';
const PAPER = 'mutation($v: ID!, $h: ID!, $c: BallotChoice!) { recordPaperBallot(voteId: $v, homeId: $h, choice: $c) { receipt } }';
const VOTE = `query($id: ID!) { vote(id: $id) { id status digest tally { participatingOwners participatingAreaM2 } receipts { receipt choice }
  result { passed quorumMet yesOwners yesAreaM2 noOwners noAreaM2 abstainOwners abstainAreaM2 summary } matter { status timeline { kind note } } } }`;

async function residentOf(homeId: string) {
  const cred = await app.gql('mutation($id: ID!) { issueHomeCredential(homeId: $id) { homeCode pin } }', { id: homeId }, admin);
  const s = await app.gql('mutation($c: String!, $p: String!) { residentLogin(homeCode: $c, pin: $p) { token } }', {
    c: cred.data.issueHomeCredential.homeCode,
    p: cred.data.issueHomeCredential.pin,
  });
  return s.data.residentLogin.token as string;
}

/** A matter of community 甲 that the branch resolved to put to a vote. */
async function matterForVote(category = 'ELEVATOR') {
  const m = await raise(app, seed.pavilionA, { title: '加装电梯的表决', category });
  await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { id } }', { id: m.id }, secretary);
  await app.gql(
    'mutation($id: ID!) { recordResolution(matterId: $id, input: { summary: "提交业主表决", outcome: PUT_TO_VOTE }) { id } }',
    { id: m.id },
    secretary,
  );
  return m;
}

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
  secretary = await loginAs(app, 'secretary-a');
  office = await loginAs(app, 'office-a');
  admin = await loginAs(app, 'street');
  const imported = await app.gql('mutation($csv: String!) { importHomes(csv: $csv) { created errors { line message } } }', { csv: UNIT_CSV }, admin);
  expect(imported.data.importHomes.created).toBe(10);
  const em = app.orm.em.fork();
  const unit = await em.findOneOrFail(Unit, { name: '1单元', building: { name: '1栋', estate: { name: '电梯小区' } } });
  unitId = String(unit.id);
  for (const h of await em.find(Home, { unit: unit.id })) room[h.room] = { homeId: String(h.id), token: await residentOf(String(h.id)) };
  const other = await em.findOneOrFail(Home, { room: '101', unit: { name: '2单元' } });
  room.other = { homeId: String(other.id), token: await residentOf(String(other.id)) };
});
afterAll(() => app?.close());

describe('opening a vote', () => {
  it('refuses bad input and the wrong people', async () => {
    const plain = await raise(app, seed.pavilionA);
    await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { id } }', { id: plain.id }, secretary);
    const input = (over: Record<string, unknown> = {}) => ({
      input: { matterId: plain.id, question: '是否同意加装电梯？', rule: 'OWNERS_MAJOR', scopeKind: 'UNIT', scopeId: unitId, closesAt: inDays(7), ...over },
    });
    expect((await app.gql(OPEN, input(), secretary)).errors?.[0].extensions?.code).toBe('CONFLICT'); // not resolved to a vote
    const m = await matterForVote();
    const code = async (over: Record<string, unknown>, token = secretary) =>
      (await app.gql(OPEN, input({ matterId: m.id, ...over }), token)).errors?.[0].extensions?.code;
    expect(await code({ closesAt: new Date(Date.now() - 1000).toISOString() })).toBe('BAD_USER_INPUT');
    expect(await code({ closesAt: inDays(61) })).toBe('BAD_USER_INPUT');
    expect(await code({ question: '是' })).toBe('BAD_USER_INPUT');
    expect(await code({ scopeId: '99999' })).toBe('NOT_FOUND');
    expect(await code({}, office)).toBe('FORBIDDEN');
    expect(await code({}, await loginAs(app, 'secretary-b'))).toBe('FORBIDDEN');
    expect(await code({}, room['101'].token)).toBe('FORBIDDEN');
    expect(await code({}, '')).toBe('UNAUTHENTICATED');
  });
});

describe('an owners vote on an elevator, from opening to recount', () => {
  let voteId: string;
  let matterId: string;
  const receipts: string[] = [];

  it('opens with a frozen electorate: 6 owners, 800 m², 9 homes', async () => {
    const m = await matterForVote();
    matterId = m.id;
    const res = await app.gql(
      OPEN,
      { input: { matterId: m.id, question: '是否同意加装电梯？', rule: 'OWNERS_MAJOR', scopeKind: 'UNIT', scopeId: unitId, closesAt: inDays(7) } },
      secretary,
    );
    expect(res.errors).toBeUndefined();
    const v = res.data.openVote;
    voteId = v.id;
    expect(v).toMatchObject({ status: 'OPEN', rule: 'OWNERS_MAJOR', scopeName: '电梯小区 1栋 1单元', result: null, matter: { status: 'VOTING' } });
    expect(v.tally).toEqual({ eligibleOwners: 6, eligibleAreaM2: 800, participatingOwners: 0, participatingAreaM2: 0, eligibleHomes: 9 });
    // A change in the register after opening does not alter the vote.
    await app.gql('mutation($csv: String!) { importHomes(csv: $csv) { updated } }', { csv: UNIT_CSV.replace('101,80,A', '101,95,A') }, admin);
    const again = await app.gql('query($id: ID!) { vote(id: $id) { tally { eligibleAreaM2 } } }', { id: voteId });
    expect(again.data.vote.tally.eligibleAreaM2).toBe(800);
    const board = await app.gql('query($id: ID!) { matter(id: $id) { vote { id } } }', { id: matterId });
    expect(board.data.matter.vote.id).toBe(voteId);
  });

  it('shows each resident the cost share of their own home', async () => {
    const plan = await app.gql(
      'mutation($i: CostShareInput!) { calculateCostShare(input: $i) { totalCostFen subsidyFen netCostFen shares { room floor coefficientPermille shareFen } } }',
      { i: { matterId, scopeKind: 'UNIT', scopeId: unitId, totalCostFen: 50_000_000, subsidyFen: 25_000_000 } },
      office,
    );
    expect(plan.errors).toBeUndefined();
    const p = plan.data.calculateCostShare;
    expect(p.netCostFen).toBe(25_000_000);
    expect(p.shares.reduce((s: number, x: { shareFen: number }) => s + x.shareFen, 0)).toBe(25_000_000);
    expect(p.shares.filter((x: { floor: number }) => x.floor <= 2).every((x: { shareFen: number }) => x.shareFen === 0)).toBe(true);
    const mine = await app.gql('{ myVotes { id question myBallotCast myCostShareFen } }', {}, room['501'].token);
    const expected = p.shares.find((x: { room: string }) => x.room === '501').shareFen;
    expect(expected).toBeGreaterThan(0);
    expect(mine.data.myVotes).toEqual([{ id: voteId, question: '是否同意加装电梯？', myBallotCast: false, myCostShareFen: expected }]);
    expect(
      (await app.gql('query($m: ID!) { costSharePlan(matterId: $m) { netCostFen } }', { m: matterId }, room['501'].token)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const notElevator = await matterForVote('FEES');
    const refused = await app.gql(
      'mutation($i: CostShareInput!) { calculateCostShare(input: $i) { netCostFen } }',
      { i: { matterId: notElevator.id, scopeKind: 'UNIT', scopeId: unitId, totalCostFen: 100, subsidyFen: 0 } },
      office,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes one ballot per owner, through whichever of their homes', async () => {
    const x = await app.gql(CAST, { v: voteId, c: 'YES' }, room['301'].token);
    expect(x.data.castBallot.receipt).toMatch(codePattern(RECEIPT_LENGTH, true));
    receipts.push(x.data.castBallot.receipt);
    for (const r of ['302', '401']) expect((await app.gql(CAST, { v: voteId, c: 'NO' }, room[r].token)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const dev = await app.gql(CAST, { v: voteId, c: 'YES' }, room['402'].token);
    receipts.push(dev.data.castBallot.receipt);
    expect((await app.gql(CAST, { v: voteId, c: 'YES' }, room['501'].token)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await app.gql(CAST, { v: voteId, c: 'YES' }, room.other.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(CAST, { v: voteId, c: 'YES' }, office)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(CAST, { v: voteId, c: 'YES' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const v = (await app.gql(VOTE, { id: voteId })).data.vote;
    // X votes with 90 + 90 + 100 m², the developer with 100 + 100: the split stays hidden.
    expect(v.tally).toEqual({ participatingOwners: 2, participatingAreaM2: 480 });
    expect(v.result).toBeNull();
    expect(v.receipts).toBeNull();
    expect(
      (await app.gql('query($r: String!) { verifyBallot(receipt: $r) { found choice voteStatus } }', { r: receipts[0].toLowerCase() })).data.verifyBallot,
    ).toEqual({ found: true, choice: 'YES', voteStatus: 'OPEN' });
    expect((await app.gql('{ verifyBallot(receipt: "AAAA-BBBB-CCCC") { found choice } }')).data.verifyBallot).toEqual({ found: false, choice: null });
  });

  it('records paper ballots by staff of the community, once per owner', async () => {
    const a = await app.gql(PAPER, { v: voteId, h: room['101'].homeId, c: 'NO' }, office);
    expect(a.errors).toBeUndefined();
    receipts.push(a.data.recordPaperBallot.receipt);
    expect((await app.gql(PAPER, { v: voteId, h: room['101'].homeId, c: 'YES' }, secretary)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await app.gql(PAPER, { v: voteId, h: room['102'].homeId, c: 'YES' }, await loginAs(app, 'office-b'))).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.gql(PAPER, { v: voteId, h: room.other.homeId, c: 'YES' }, office)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const electors = await app.gql('query($id: ID!) { vote(id: $id) { electors { label voted } } }', { id: voteId }, office);
    const voted = Object.fromEntries(electors.data.vote.electors.map((e: { label: string; voted: boolean }) => [e.label.split(' ').at(-1), e.voted]));
    // A, X (all three homes) and the developer (both homes) have voted; B, C and D have not.
    expect(voted).toEqual({ '101': true, '102': false, '201': false, '202': false, '301': true, '302': true, '401': true, '402': true, '501': true });
    expect((await app.gql('query($id: ID!) { vote(id: $id) { electors { label } } }', { id: voteId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await app.gql('query($id: ID!) { vote(id: $id) { electors { label } } }', { id: voteId }, await loginAs(app, 'office-b'))).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const ballot = await app.orm.em.fork().findOneOrFail(Ballot, { receipt: a.data.recordPaperBallot.receipt.replace(/-/g, '') });
    expect(ballot.channel).toBe('PAPER');
    expect(ballot.recordedBy).toBeGreaterThan(0);
  });

  it('announces each ballot on voteUpdated', async () => {
    const ws = createClient({ url: app.url.replace('http', 'ws'), webSocketImpl: WebSocket });
    const seen: Array<{ participatingOwners: number; result: unknown }> = [];
    ws.subscribe(
      { query: 'subscription($v: ID!) { voteUpdated(voteId: $v) { tally { participatingOwners } result { passed } } }', variables: { v: voteId } },
      {
        next: (msg) => {
          const v = (msg.data as { voteUpdated: { tally: { participatingOwners: number }; result: unknown } }).voteUpdated;
          seen.push({ participatingOwners: v.tally.participatingOwners, result: v.result });
        },
        error: (e) => {
          throw e;
        },
        complete: () => undefined,
      },
    );
    // A probe event (the vote as it is) shows the subscription is live before the ballot.
    await untilLive(
      () => app.services.pubSub.publish('VOTE_UPDATED', { eventId: randomUUID(), voteId: Number(voteId), communityId: seed.communityA }),
      () => seen.length,
    );
    const probes = seen.length;
    const b = await app.gql(CAST, { v: voteId, c: 'ABSTAIN' }, room['102'].token);
    receipts.push(b.data.castBallot.receipt);
    const deadline = Date.now() + PATIENCE_MS;
    while (!seen.slice(probes).some((s) => s.participatingOwners === 4) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await ws.dispose();
    expect(seen.slice(probes).at(-1)).toEqual({ participatingOwners: 4, result: null });
  });

  it('closes early only when everyone has voted', async () => {
    const early = await app.gql('mutation($v: ID!) { closeVote(voteId: $v) { status } }', { v: voteId }, secretary);
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(early.errors?.[0].message).toMatch(/4 of 6/);
    for (const r of ['201', '202']) receipts.push((await app.gql(CAST, { v: voteId, c: 'YES' }, room[r].token)).data.castBallot.receipt);
    expect((await app.gql('mutation($v: ID!) { closeVote(voteId: $v) { status } }', { v: voteId }, office)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const closed = await app.gql('mutation($v: ID!) { closeVote(voteId: $v) { status closedAt } }', { v: voteId }, secretary);
    expect(closed.data.closeVote.status).toBe('CLOSED');
  });

  it('publishes the result, the receipts and a digest, and moves the matter on', async () => {
    const v = (await app.gql(VOTE, { id: voteId })).data.vote;
    // YES: X 280 m², DEV 200, C 80, D 80 (4 owners, 640 m²); NO: A 80; ABSTAIN: B 80; all 6 took part.
    // 640 >= 3/4 of 800 by area, but 4 of 6 owners is under 3/4: a major matter fails.
    expect(v.result).toMatchObject({
      passed: false,
      quorumMet: true,
      yesOwners: 4,
      yesAreaM2: 640,
      noOwners: 1,
      noAreaM2: 80,
      abstainOwners: 1,
      abstainAreaM2: 80,
    });
    expect(v.result.summary).toContain('未通过');
    expect(v.matter.status).toBe('VOTE_FAILED');
    expect(v.matter.timeline.at(-1)).toMatchObject({ kind: 'VOTE_CLOSED', note: v.result.summary });
    expect(v.receipts.map((r: { receipt: string }) => r.receipt)).toEqual([...receipts].sort());
    expect(v.digest).toBe(
      ballotDigest(v.receipts.map((r: { receipt: string; choice: string }) => ({ receipt: r.receipt.replace(/-/g, ''), choice: r.choice }))),
    );
    const notices = await app.gql('query($c: ID) { notices(communityId: $c) { kind body } }', { c: String(seed.communityA) });
    expect(notices.data.notices[0]).toEqual({ kind: 'VOTE_RESULT', body: v.result.summary });
    expect((await app.gql(CAST, { v: voteId, c: 'YES' }, room['302'].token)).errors?.[0].extensions?.code).toBe('VOTE_CLOSED');
    expect((await app.gql('query($r: String!) { verifyBallot(receipt: $r) { voteStatus } }', { r: receipts[0] })).data.verifyBallot.voteStatus).toBe('CLOSED');
  });

  it('recounts from the stored ballots, and catches a changed ballot', async () => {
    const root = join(__dirname, '../../..');
    const env = { ...process.env, DATABASE_URL: app.databaseUrl };
    const ok = await run(process.execPath, [join(root, 'build/scripts/recount.js'), voteId], { env });
    expect(ok.stdout).toContain('Recount agrees');
    const em = app.orm.em.fork();
    const ballot = await em.findOneOrFail(Ballot, { receipt: receipts[0].replace(/-/g, '') });
    await em.nativeUpdate(Ballot, { id: ballot.id }, { choice: 'NO' as never });
    const bad = await run(process.execPath, [join(root, 'build/scripts/recount.js'), voteId], { env }).catch((e) => e);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/DIFFERS.*yes voters/);
    await em.nativeUpdate(Ballot, { id: ballot.id }, { choice: ballot.choice });
  });
});

describe('closing on time, and racing ballots', () => {
  it('closes by itself at closesAt, and then answers closeVote with the closed vote', async () => {
    const m = await matterForVote();
    const opened = await app.gql(
      OPEN,
      {
        input: {
          matterId: m.id,
          question: '是否同意更换物业公司？',
          rule: 'OWNERS_ORDINARY',
          scopeKind: 'UNIT',
          scopeId: unitId,
          // Time enough for four ballots on a busy machine.
          closesAt: new Date(Date.now() + 10_000).toISOString(),
        },
      },
      secretary,
    );
    const id = opened.data.openVote.id;
    for (const r of ['101', '102', '201', '202']) expect((await app.gql(CAST, { v: id, c: 'YES' }, room[r].token)).errors).toBeUndefined();
    let v = (await app.gql(VOTE, { id })).data.vote;
    const deadline = Date.now() + PATIENCE_MS;
    while (v.status !== 'CLOSED' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      v = (await app.gql(VOTE, { id })).data.vote;
    }
    // 4 of 6 owners (>= 2/3) but 320 of 800 m² (< 2/3): no quorum.
    expect(v.status).toBe('CLOSED');
    expect(v.result).toMatchObject({ quorumMet: false, passed: false, yesOwners: 4 });
    expect(v.matter.status).toBe('VOTE_FAILED');
    const after = await app.gql('mutation($v: ID!) { closeVote(voteId: $v) { status } }', { v: id }, secretary);
    expect(after.data.closeVote.status).toBe('CLOSED');
  });

  it('stores exactly one of 100 simultaneous ballots of one owner', async () => {
    const m = await matterForVote();
    const opened = await app.gql(
      OPEN,
      { input: { matterId: m.id, question: '是否同意使用维修资金？', rule: 'OWNERS_ORDINARY', scopeKind: 'UNIT', scopeId: unitId, closesAt: inDays(3) } },
      secretary,
    );
    const id = opened.data.openVote.id;
    const tokens = [room['301'].token, room['302'].token, room['401'].token];
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => app.gql(CAST, { v: id, c: i % 2 ? 'YES' : 'NO' }, tokens[i % 3])));
    const ok = answers.filter((a) => a.data?.castBallot);
    const conflicts = answers.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(99);
    expect(await app.orm.em.fork().count(Ballot, { vote: Number(id) })).toBe(1);
    expect((await app.gql(VOTE, { id })).data.vote.tally).toEqual({ participatingOwners: 1, participatingAreaM2: 280 });
  });

  it('counts households in a residents vote, whoever owns the homes', async () => {
    const csv = [IMPORT_HEADER, ...[1, 2, 3, 4, 5].map((f) => `甲社区,公租房小区,A栋,1单元,${f},${f}01,50,PUBLIC-RENTAL`)].join('\n');
    await app.gql('mutation($csv: String!) { importHomes(csv: $csv) { created } }', { csv }, admin);
    const em = app.orm.em.fork();
    const homes = await em.find(Home, { unit: { building: { name: 'A栋', estate: { name: '公租房小区' } } } }, { orderBy: { id: 'asc' }, populate: ['unit'] });
    const m = await matterForVote('CONVENTION');
    const opened = await app.gql(
      OPEN,
      {
        input: {
          matterId: m.id,
          question: '是否通过居民文明公约？',
          rule: 'RESIDENTS_MAJORITY',
          scopeKind: 'UNIT',
          scopeId: String(homes[0].unit.id),
          closesAt: inDays(3),
        },
      },
      secretary,
    );
    expect(opened.data.openVote.tally).toMatchObject({ eligibleOwners: 5, eligibleHomes: 5 });
    const id = opened.data.openVote.id;
    for (const [i, h] of homes.entries()) {
      const res = await app.gql(CAST, { v: id, c: i < 2 ? 'YES' : i === 2 ? 'NO' : 'YES' }, await residentOf(String(h.id)));
      expect(res.errors).toBeUndefined();
    }
    const closed = await app.gql(
      'mutation($v: ID!) { closeVote(voteId: $v) { status result { passed yesOwners noOwners } matter { status } } }',
      { v: id },
      secretary,
    );
    expect(closed.data.closeVote).toEqual({ status: 'CLOSED', result: { passed: true, yesOwners: 4, noOwners: 1 }, matter: { status: 'IN_EXECUTION' } });
  });
});
