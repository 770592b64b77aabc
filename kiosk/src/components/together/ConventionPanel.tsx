'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { formatTime } from '../../lib/format';
import { errorText, usePrefs } from '../../lib/i18n';
import { useSession } from '../../lib/urql-provider';
import { Alert } from '../Notice';
import { useResidentSignOut } from '../ResidentBar';
import { ResidentSignIn } from '../ResidentSignIn';
import { BreachTrend } from './BreachTrend';
import { VersionChanges } from './VersionChanges';

// The keyboard loads only when someone writes: most take part by taps.
const WordsKeyboard = dynamic(() => import('../raise/WordsKeyboard').then((m) => m.WordsKeyboard), { ssr: false });

const ConventionsQuery = graphql(`
  query KioskConventions($communityId: ID!) {
    conventions(communityId: $communityId) {
      id
      title
      stage
      version
      inForceVersion
      consultationClosesAt
      vote {
        id
        status
      }
      articles {
        id
        number
        text
        comments {
          id
          text
        }
        amendments {
          id
          text
          reason
          state
          support
          supportedByMe
        }
      }
      versions {
        version
        publishedAt
        changes {
          number
          before
          after
        }
      }
    }
  }
`);

const Comment = graphql(`
  mutation KioskCommentArticle($articleId: ID!, $text: String!) {
    commentArticle(articleId: $articleId, text: $text) {
      id
    }
  }
`);

const Propose = graphql(`
  mutation KioskProposeAmendment($articleId: ID!, $text: String!, $reason: String) {
    proposeAmendment(articleId: $articleId, text: $text, reason: $reason) {
      id
    }
  }
`);

const Support = graphql(`
  mutation KioskSupportAmendment($amendmentId: ID!) {
    supportAmendment(amendmentId: $amendmentId) {
      id
      support
      supportedByMe
    }
  }
`);

type Action = { kind: 'comment'; articleId: string } | { kind: 'propose'; articleId: string; text: string } | { kind: 'support'; amendmentId: string };

/**
 * The community's convention, article by article in large text. While it is open for comments a
 * signed-in resident comments (a tap on a ready phrase, or their own words), proposes a new wording
 * of a whole article, or supports another home's proposal; no text selection anywhere.
 */
export function ConventionPanel({ communityId, pavilionId }: { communityId: string; pavilionId: string }) {
  const { t, locale } = usePrefs();
  const g = t.together;
  const { token, setToken } = useSession();
  const signOut = useResidentSignOut();
  const [{ data }, refetch] = useQuery({ query: ConventionsQuery, variables: { communityId }, requestPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<string | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [ownWords, setOwnWords] = useState<string | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [commentState, comment] = useMutation(Comment);
  const [proposeState, propose] = useMutation(Propose);
  const [supportState, support] = useMutation(Support);
  // Whose view it is changes what "supported by me" says.
  useEffect(() => refetch({ requestPolicy: 'network-only' }), [token, refetch]);
  const conventions = data?.conventions ?? [];
  if (data && !conventions.length) return <p>{g.noConvention}</p>;
  const c = conventions.find((x) => x.id === chosen) ?? conventions[0];
  if (!c) return null;
  const open = c.stage === 'CONSULTATION' && (!c.consultationClosesAt || new Date(c.consultationClosesAt) > new Date());
  const error = errorText(commentState.error ?? proposeState.error ?? supportState.error, t);
  const finished = (res: { error?: unknown }) => {
    if (res.error) return;
    setDone(g.sent);
    setAction(null);
    setOwnWords(null);
    setReason(null);
    refetch({ requestPolicy: 'network-only' });
  };
  const quickReasons = g.quickComments.slice(2);

  return (
    <section className="convention" aria-labelledby="convention-title">
      {conventions.length > 1 ? (
        <div className="chips" role="group">
          {conventions.map((x) => (
            <button key={x.id} type="button" aria-pressed={x.id === c.id} onClick={() => setChosen(x.id)}>
              {x.title}
            </button>
          ))}
        </div>
      ) : null}
      <h3 id="convention-title">{c.title}</h3>
      <p>
        <span className={`stage stage-${c.stage}`} data-testid="convention-stage">
          {g.stages[c.stage]}
        </span>{' '}
        {g.version(c.version)}
        {c.inForceVersion && c.stage !== 'IN_FORCE' ? ` · ${g.inForce(c.inForceVersion)}` : ''}
        {c.stage === 'CONSULTATION' && c.consultationClosesAt ? ` · ${g.closesAt(formatTime(c.consultationClosesAt, locale))}` : ''}
      </p>
      {c.stage === 'VOTING' ? (
        <Link className="button primary" href={`/p/${pavilionId}/vote`}>
          {g.toVote}
        </Link>
      ) : null}
      {done ? (
        <p className="done" role="status">
          {done}
        </p>
      ) : null}
      <Alert text={error} />
      {action && !token ? <ResidentSignIn title={g.signInTitle} onSignedIn={setToken} /> : null}
      <ol className="articles">
        {c.articles.map((a) => (
          <li key={a.id} data-testid="article">
            <p className="article-text">
              <strong>{g.article(a.number)}</strong> {a.text}
            </p>
            {open ? (
              <div className="actions">
                <button type="button" onClick={() => (setDone(null), setAction({ kind: 'comment', articleId: a.id }))}>
                  {g.comment}
                </button>
                <button type="button" onClick={() => (setDone(null), setAction({ kind: 'propose', articleId: a.id, text: a.text }))}>
                  {g.propose}
                </button>
              </div>
            ) : null}
            {token && action?.kind === 'comment' && action.articleId === a.id ? (
              <div className="compose">
                <div className="chips">
                  {g.quickComments.map((q) => (
                    <button key={q} type="button" disabled={commentState.fetching} onClick={async () => finished(await comment({ articleId: a.id, text: q }))}>
                      {q}
                    </button>
                  ))}
                  <button type="button" onClick={() => setOwnWords('')}>
                    {g.writeOwn}
                  </button>
                </div>
                {ownWords !== null ? (
                  <>
                    <WordsKeyboard label={g.comment} value={ownWords} maxLength={300} onChange={setOwnWords} onDone={() => undefined} />
                    <button
                      type="button"
                      className="primary"
                      disabled={!ownWords.trim()}
                      onClick={async () => finished(await comment({ articleId: a.id, text: ownWords }))}
                    >
                      {g.send}
                    </button>
                  </>
                ) : null}
              </div>
            ) : null}
            {token && action?.kind === 'propose' && action.articleId === a.id ? (
              <div className="compose">
                <WordsKeyboard
                  label={g.newWording}
                  value={action.text}
                  maxLength={500}
                  onChange={(text) => setAction({ ...action, text })}
                  onDone={() => undefined}
                />
                <div className="chips" role="group" aria-label={g.whyChange}>
                  {quickReasons.map((q) => (
                    <button key={q} type="button" aria-pressed={reason === q} onClick={() => setReason(reason === q ? null : q)}>
                      {q}
                    </button>
                  ))}
                </div>
                <button
                  type="button"
                  className="primary"
                  disabled={proposeState.fetching || !action.text.trim() || action.text === a.text || !reason}
                  onClick={async () => finished(await propose({ articleId: a.id, text: action.text, reason }))}
                >
                  {g.send}
                </button>
              </div>
            ) : null}
            {a.amendments.length ? (
              <ul className="amendments">
                {a.amendments.map((m) => (
                  <li key={m.id}>
                    <p>
                      <span className={`state state-${m.state}`}>{g.amendmentStates[m.state]}</span> {m.text}
                    </p>
                    {m.reason ? (
                      <p className="muted">
                        {g.reason}：{m.reason}
                      </p>
                    ) : null}
                    <span>{g.supportCount(m.support)}</span>{' '}
                    {open && m.state === 'PROPOSED' ? (
                      <button
                        type="button"
                        aria-pressed={m.supportedByMe}
                        disabled={m.supportedByMe || supportState.fetching}
                        onClick={async () => {
                          setDone(null);
                          if (!token) return setAction({ kind: 'support', amendmentId: m.id });
                          finished(await support({ amendmentId: m.id }));
                        }}
                      >
                        {m.supportedByMe ? g.supported : g.support}
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {a.comments.length ? (
              <p className="muted">
                {g.comments(a.comments.length)}：
                {a.comments
                  .slice(0, 3)
                  .map((x) => x.text)
                  .join(' / ')}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {token && action ? (
        <button type="button" onClick={() => (void signOut(), setAction(null))}>
          {g.signOut}
        </button>
      ) : null}
      {c.inForceVersion ? <BreachTrend conventionId={c.id} /> : null}
      <VersionChanges versions={c.versions} />
    </section>
  );
}
