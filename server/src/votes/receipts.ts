import type { EntityManager } from '@mikro-orm/knex';
import { createHash } from 'node:crypto';
import { formatCode } from '../common/codes';
import { Ballot } from './ballot.entity';
import { BallotChoice, VoteStatus } from './enums';
import type { Vote } from './vote.entity';

/** SHA-256 over the ballots as sorted `receipt:choice` lines: what anyone can recompute from the published list. */
export function ballotDigest(ballots: ReadonlyArray<{ receipt: string; choice: string }>): string {
  const lines = ballots.map((b) => `${b.receipt}:${b.choice}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Receipts of a closed vote, sorted; not who cast them. */
export async function publishedReceipts(em: EntityManager, vote: Vote): Promise<Array<{ receipt: string; choice: BallotChoice }> | null> {
  if (vote.status !== VoteStatus.CLOSED) return null;
  const ballots = await em.find(Ballot, { vote: vote.id }, { fields: ['receipt', 'choice'], orderBy: { receipt: 'asc' } });
  return ballots.map((b) => ({ receipt: formatCode(b.receipt), choice: b.choice }));
}
