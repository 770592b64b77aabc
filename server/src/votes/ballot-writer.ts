import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import type { StaffViewer } from '../common/actor';
import { GroupCommit } from '../common/group-commit';
import { BallotChoice, VoteStatus } from './enums';
import { Vote } from './vote.entity';

export interface BallotToWrite {
  voteId: number;
  matterId: number;
  voterKey: string;
  homeId: number;
  choice: BallotChoice;
  areaCentiM2: number;
  receipt: string;
  castAt: Date;
  channel: 'KIOSK' | 'PAPER';
  staff: StaffViewer | null;
}

export type WriteOutcome = 'STORED' | 'ALREADY_VOTED' | 'CLOSED';

const MAX_BATCH = 200;

/**
 * Group commit for ballots. SQLite has one writer, so one transaction per ballot caps a vote at
 * a few hundred ballots a second. Ballots that arrive while a transaction is committing wait and
 * go together in the next one; each caller is answered only after the commit that holds its
 * ballot, so an answered receipt is never lost. Within the batch each ballot is still decided
 * alone: the unique (vote, voter) index refuses a second ballot of an owner, and the conditional
 * counter update refuses ballots once the vote has closed.
 */
export class BallotWriter {
  private readonly group = new GroupCommit<BallotToWrite, WriteOutcome>(
    async (tx, ballots) => (await this.writeBatch(tx, ballots)).map((value) => ({ value })),
    { maxBatch: MAX_BATCH },
  );

  constructor(private readonly audit: AuditService) {}

  write(em: EntityManager, ballot: BallotToWrite): Promise<WriteOutcome> {
    return this.group.write(em, ballot);
  }

  private async writeBatch(tx: EntityManager, ballots: BallotToWrite[]): Promise<WriteOutcome[]> {
    const platform = tx.getPlatform();
    const out: WriteOutcome[] = [];
    for (const b of ballots) {
      const inserted = await tx.execute<{ affectedRows: number }>(
        `insert into ballot (vote_id, voter_key, home_id, choice, area_centi_m2, receipt, cast_at, channel, recorded_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (vote_id, voter_key) do nothing`,
        [b.voteId, b.voterKey, b.homeId, b.choice, b.areaCentiM2, b.receipt, platform.processDateProperty(b.castAt), b.channel, b.staff?.userId || null],
        'run',
      );
      if (!inserted.affectedRows) {
        out.push('ALREADY_VOTED');
        continue;
      }
      const counted = await tx.nativeUpdate(
        Vote,
        { id: b.voteId, status: VoteStatus.OPEN, closesAt: { $gt: b.castAt } },
        { participatingVoters: raw('participating_voters + 1'), participatingArea: raw('participating_area + ?', [b.areaCentiM2]) },
      );
      if (counted === 0) {
        await tx.execute('delete from ballot where receipt = ?', [b.receipt], 'run');
        out.push('CLOSED');
        continue;
      }
      if (b.staff) await this.audit.append(tx, b.staff, 'recordPaperBallot', b.matterId, { voteId: b.voteId, homeId: b.homeId });
      out.push('STORED');
    }
    return out;
  }
}
