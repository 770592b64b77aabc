import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../test/harness';
import { gqlAt, startApiProcess, type ApiProcess } from '../test/processes';

/** A ballot that was answered with a receipt survives the server being killed the moment after. */
describe('ballot durability', () => {
  const cleanups: Array<() => unknown> = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('finds the ballot after SIGKILL and restart', async () => {
    const db = await testDatabase();
    cleanups.push(db.drop);
    const env = {
      DATABASE_URL: db.database.driver === 'sqlite' ? `sqlite:${db.database.url}` : db.database.url,
      ADMIN_PASSWORD: 'durability-1',
      REDIS_PREFIX: `dur${process.pid}:`,
    };
    let api: ApiProcess = await startApiProcess({ ...env, DEMO_DATA: 'true' }, 120_000);
    cleanups.push(() => api.stop('SIGKILL'));
    const secretary = (await gqlAt(api.url, 'mutation { login(username: "secretary-wqj", password: "lianhua2026") { token } }')).data.login.token;
    const m = (
      await gqlAt(api.url, 'mutation { raiseMatter(input: { pavilionId: "1", title: "万泉街路1号加装电梯", description: "", category: ELEVATOR }) { id } }')
    ).data.raiseMatter;
    await gqlAt(api.url, `mutation { triageMatter(id: "${m.id}", decision: DELIBERATE) { id } }`, {}, secretary);
    await gqlAt(api.url, `mutation { recordResolution(matterId: "${m.id}", input: { summary: "提交业主表决", outcome: PUT_TO_VOTE }) { id } }`, {}, secretary);
    const tree = await gqlAt(api.url, '{ communities { name estates { name buildings { name units { id name } } } } }');
    const unit = tree.data.communities
      .find((c: { name: string }) => c.name === '万泉街社区')
      .estates.find((e: { name: string }) => e.name === '万泉街老旧楼栋一片区')
      .buildings.find((b: { name: string }) => b.name === '万泉街路1号')
      .units.find((u: { name: string }) => u.name === '1单元');
    const vote = await gqlAt(
      api.url,
      'mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }',
      {
        i: {
          matterId: m.id,
          question: '是否同意加装电梯？',
          rule: 'OWNERS_MAJOR',
          scopeKind: 'UNIT',
          scopeId: unit.id,
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      secretary,
    );
    expect(vote.errors).toBeUndefined();
    const resident = (await gqlAt(api.url, 'mutation { residentLogin(homeCode: "20260001", pin: "135790") { token } }')).data.residentLogin.token;

    const cast = await gqlAt(api.url, 'mutation($v: ID!) { castBallot(voteId: $v, choice: YES) { receipt } }', { v: vote.data.openVote.id }, resident);
    expect(api.child.kill('SIGKILL')).toBe(true);
    const receipt = cast.data.castBallot.receipt;
    expect(receipt).toBeTruthy();
    await new Promise((r) => api.child.once('exit', r));

    api = await startApiProcess(env, 60_000);
    const check = await gqlAt(
      api.url,
      'query($r: String!, $v: ID!) { verifyBallot(receipt: $r) { found choice voteStatus } vote(id: $v) { tally { participatingOwners } } }',
      { r: receipt, v: vote.data.openVote.id },
    );
    expect(check.data.verifyBallot).toEqual({ found: true, choice: 'YES', voteStatus: 'OPEN' });
    expect(check.data.vote.tally.participatingOwners).toBe(1);
    expect(await api.stop()).toBe(0);
  }, 240_000);
});
