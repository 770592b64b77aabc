'use client';

import Link from 'next/link';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { usePrefs } from '../../lib/i18n';
import { CategoryIcon } from '../icons';

export const BoardCardFragment = graphql(`
  fragment BoardCard on Matter {
    id
    trackingCode
    title
    place
    category
    status
    step
    progress
    secondCount
    vote {
      ...BoardVote
    }
  }
`);

/** What a card shows of a vote; the board's vote subscription carries the same, so the cache updates the card. */
export const BoardVoteFragment = graphql(`
  fragment BoardVote on Vote {
    id
    status
    tally {
      eligibleOwners
      participatingOwners
    }
    result {
      passed
    }
  }
`);

/** One matter on the board: what it is, where, and how far it has come. */
export function MatterCard({ pavilionId, matter }: { pavilionId: string; matter: FragmentType<typeof BoardCardFragment> }) {
  const { t } = usePrefs();
  const m = useFragment(BoardCardFragment, matter);
  const vote = useFragment(BoardVoteFragment, m.vote);
  return (
    <Link href={`/p/${pavilionId}/track?code=${m.trackingCode}`} className="card" data-testid={`matter-${m.id}`}>
      <span className="cat">
        <CategoryIcon category={m.category} size={22} /> {t.categories[m.category]}
      </span>
      <span className="card-title">{m.title}</span>
      {m.place ? <span className="meta">{m.place}</span> : null}
      <span className="card-status" data-testid={`status-${m.id}`}>
        {t.status[m.status]}
        {vote?.result ? ` · ${vote.result.passed ? t.matter.passed : t.matter.failed}` : ''}
      </span>
      {vote && m.status === 'VOTING' ? (
        <span className="meta" data-testid={`participation-${m.id}`}>
          {t.matter.voteOpen(vote.tally.participatingOwners, vote.tally.eligibleOwners)}
        </span>
      ) : null}
      {m.step === 'EXECUTE' || m.step === 'DONE' ? (
        <span className="bar" role="progressbar" aria-valuenow={m.progress} aria-valuemin={0} aria-valuemax={100} aria-label={t.progress(m.progress)}>
          <span style={{ width: `${m.progress}%` }} />
        </span>
      ) : null}
      {m.secondCount ? <span className="meta">{t.seconds(m.secondCount)}</span> : null}
    </Link>
  );
}
