/**
 * Votes at scale: an electorate of 20,000 homes and 15,000 owners in one estate on SQLite, the
 * API in its own process, 50 concurrent voters casting over HTTP (one ballot per owner), then
 * closing and tallying. Prints ballots/s and the closing time. Targets: >= 500 ballots/s on
 * SQLite; the tally under 200 ms.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { AuditService } from '../../server/src/audit';
import { AuthSession } from '../../server/src/auth';
import { Role } from '../../server/src/common/role';
import { createPubSub } from '../../server/src/common/pubsub';
import { bearerToken, sha256Hex } from '../../server/src/common/random';
import { initOrm } from '../../server/src/orm.config';
import { Branch, Community, Estate, Home, ImportService, IMPORT_HEADER, Pavilion } from '../../server/src/register';
import { gqlAt, startApiProcess } from '../../server/src/test/processes';

const HOMES = 20_000;
// 15,000 owners: the first 10,000 homes belong to 5,000 owners of two homes each.

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-votes-'));
  const file = join(dir, 'votes.sqlite');
  let orm = await initOrm({ driver: 'sqlite', url: file });
  await orm.getMigrator().up();
  const em = orm.em.fork();
  const community = em.create(Community, { name: '基准社区', branch: em.create(Branch, { name: '基准支部' }) });
  em.create(Pavilion, { name: '基准亭', community });
  await em.flush();
  // Owners 0..4,999 hold two homes each; the other 10,000 owners one: 20,000 homes, 15,000 owners.
  const lines = [IMPORT_HEADER];
  for (let i = 0; i < HOMES; i++) {
    const owner = i < 10_000 ? Math.floor(i / 2) : i - 5_000;
    lines.push(
      `基准社区,基准小区,${Math.floor(i / 200)}栋,${Math.floor(i / 50) % 4}单元,${((i % 50) % 18) + 1},${i},${60 + (i % 90)}.${String(i % 100).padStart(2, '0')},O${owner}`,
    );
  }
  await new ImportService(new AuditService('sqlite'), createPubSub().pubSub).importHomes(
    orm.em.fork(),
    { kind: 'staff', userId: 0, role: Role.STREET_ADMIN, displayName: 'bench', communityIds: 'ALL' },
    lines.join('\n'),
  );
  const estateId = (await orm.em.fork().findOneOrFail(Estate, { name: '基准小区' })).id;
  await orm.close(true);

  const api = await startApiProcess({ DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'error', ADMIN_PASSWORD: 'bench-password' });
  try {
    const admin = (await gqlAt(api.url, 'mutation { login(username: "admin", password: "bench-password") { token } }')).data.login.token;
    const m = (
      await gqlAt(api.url, 'mutation { raiseMatter(input: { pavilionId: "1", title: "是否使用维修资金", description: "", category: FUNDRAISING }) { id } }')
    ).data.raiseMatter;
    await gqlAt(api.url, `mutation { triageMatter(id: "${m.id}", decision: DELIBERATE) { id } }`, {}, admin);
    await gqlAt(api.url, `mutation { recordResolution(matterId: "${m.id}", input: { summary: "提交业主表决", outcome: PUT_TO_VOTE }) { id } }`, {}, admin);
    const opened = await gqlAt(
      api.url,
      'mutation($i: OpenVoteInput!) { openVote(input: $i) { id tally { eligibleOwners eligibleHomes } } }',
      {
        i: {
          matterId: m.id,
          question: '是否同意使用维修资金？',
          rule: 'OWNERS_MAJOR',
          scopeKind: 'ESTATE',
          scopeId: String(estateId),
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      admin,
    );
    if (opened.errors) throw new Error(JSON.stringify(opened.errors));
    const voteId = opened.data.openVote.id;
    console.log(`electorate: ${opened.data.openVote.tally.eligibleHomes} homes, ${opened.data.openVote.tally.eligibleOwners} owners`);

    // Signed-in residents, one home per owner: sessions written directly, as PIN hashing is not what is measured.
    orm = await initOrm({ driver: 'sqlite', url: file });
    const homes = await orm.em.fork().find(Home, {}, { fields: ['id', 'ownerKey'], orderBy: { id: 'asc' } });
    const communityId = (await orm.em.fork().findOneOrFail(Estate, { name: '基准小区' })).community.id;
    const perOwner = new Map<string, number>();
    for (const h of homes) if (!perOwner.has(h.ownerKey)) perOwner.set(h.ownerKey, h.id);
    const tokens: string[] = [];
    const rows = [...perOwner.values()].map((home) => {
      const token = bearerToken();
      tokens.push(token);
      return {
        tokenHash: sha256Hex(token),
        role: Role.RESIDENT,
        home,
        communityId,
        label: `${home}`,
        expiresAt: new Date(Date.now() + 3_600_000),
        createdAt: new Date(),
      };
    });
    for (let i = 0; i < rows.length; i += 500) await orm.em.fork().insertMany(AuthSession, rows.slice(i, i + 500) as never);
    await orm.close(true);

    let next = 0;
    const body = JSON.stringify({ query: 'mutation($v: ID!) { castBallot(voteId: $v, choice: YES) { receipt } }', variables: { v: voteId } });
    const started = process.hrtime.bigint();
    const result = await autocannon({
      url: api.url,
      connections: 50,
      amount: tokens.length,
      requests: [
        {
          method: 'POST',
          body,
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, 'content-type': 'application/json', authorization: `Bearer ${tokens[next++ % tokens.length]}` },
          }),
        },
      ],
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const tally = await gqlAt(api.url, `{ vote(id: "${voteId}") { tally { participatingOwners } } }`);
    const counted = tally.data.vote.tally.participatingOwners;
    console.log(
      `casting: ${counted} ballots in ${seconds.toFixed(1)} s over 50 connections = ${(counted / seconds).toFixed(0)} ballots/s (target >= 500); p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; non-2xx ${result.non2xx}`,
    );

    const t = process.hrtime.bigint();
    const closed = await gqlAt(api.url, `mutation { closeVote(voteId: "${voteId}") { status result { passed yesOwners yesAreaM2 } } }`, {}, admin);
    const closeMs = Number(process.hrtime.bigint() - t) / 1e6;
    if (closed.errors) throw new Error(JSON.stringify(closed.errors));
    console.log(
      `closing and tallying ${counted} ballots: ${closeMs.toFixed(0)} ms over HTTP (target < 200 ms); passed ${closed.data.closeVote.result.passed}, yes ${closed.data.closeVote.result.yesOwners} owners`,
    );
  } finally {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
