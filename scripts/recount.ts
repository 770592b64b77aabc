/**
 * `npm run recount -- <voteId>`: recomputes a closed vote's result from its stored ballots and
 * frozen electorate, and compares it with the published result and digest. Exit code 0 when they
 * agree, 1 when they do not (or the vote is not closed).
 */
import 'reflect-metadata';
import { loadConfig } from '../server/src/config';
import { initOrm } from '../server/src/orm.config';
import { Ballot, VoteStatus, ballotDigest, decide, Vote } from '../server/src/votes';

async function main() {
  const voteId = Number(process.argv[2]);
  if (!Number.isSafeInteger(voteId) || voteId <= 0) {
    console.error('usage: npm run recount -- <voteId>');
    process.exit(2);
  }
  const orm = await initOrm(loadConfig().database);
  try {
    const em = orm.em.fork();
    const vote = await em.findOne(Vote, voteId);
    if (!vote) throw new Error(`vote ${voteId} not found`);
    if (vote.status !== VoteStatus.CLOSED) {
      console.error(`vote ${voteId} is still open; nothing is published yet`);
      process.exitCode = 1;
      return;
    }
    const ballots = await em.find(Ballot, { vote: voteId });
    const [electorate] = await em.execute<Array<{ voters: unknown; area: unknown }>>(
      'select count(distinct voter_key) as voters, coalesce(sum(area_centi_m2), 0) as area from vote_elector where vote_id = ?',
      [voteId],
    );
    const o = decide(
      vote.rule,
      { voters: Number(electorate.voters), area: Number(electorate.area) },
      ballots.map((b) => ({ choice: b.choice, area: b.areaCentiM2 })),
    );
    const digest = ballotDigest(ballots);
    const checks: Array<[string, unknown, unknown]> = [
      ['eligible voters', vote.eligibleVoters, Number(electorate.voters)],
      ['eligible area', vote.eligibleAreaCentiM2, Number(electorate.area)],
      ['passed', vote.passed, o.passed],
      ['quorum met', vote.quorumMet, o.quorumMet],
      ['yes voters', vote.yesVoters, o.yesVoters],
      ['yes area', vote.yesArea, o.yesArea],
      ['no voters', vote.noVoters, o.noVoters],
      ['no area', vote.noArea, o.noArea],
      ['abstain voters', vote.abstainVoters, o.abstainVoters],
      ['abstain area', vote.abstainArea, o.abstainArea],
      ['digest', vote.digest, digest],
    ];
    const differ = checks.filter(([, published, recounted]) => published !== recounted);
    console.log(`vote ${voteId} (${vote.rule}): ${ballots.length} ballots recounted`);
    for (const [name, published, recounted] of checks)
      console.log(`  ${name.padEnd(15)} published ${String(published).padEnd(66)} recounted ${recounted}${published === recounted ? '' : '   <-- DIFFERS'}`);
    if (differ.length) {
      console.error(`RECOUNT DIFFERS from the published result in: ${differ.map(([n]) => n).join(', ')}`);
      process.exitCode = 1;
    } else {
      console.log('Recount agrees with the published result.');
    }
  } finally {
    await orm.close(true);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
