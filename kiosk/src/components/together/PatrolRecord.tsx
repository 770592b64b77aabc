'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { BreachOutcome } from '../../gql/graphql';
import { errorText, usePrefs } from '../../lib/i18n';
import { PhoneSignIn, usePhoneSession } from '../PhoneSignIn';

const TOKEN_KEY = 'pavilion-patrol-token';

const PatrolMe = graphql(`
  query PatrolMe {
    me {
      displayName
      role
      teams {
        id
        name
        community {
          id
          name
          estates {
            id
            name
            buildings {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const PatrolConventions = graphql(`
  query PatrolConventions($communityId: ID!) {
    conventions(communityId: $communityId) {
      id
      title
      inForceVersion
      articles {
        id
        number
        text
      }
    }
  }
`);

const Record = graphql(`
  mutation PatrolRecordBreach($input: RecordBreachInput!) {
    recordBreach(input: $input) {
      id
      article {
        number
      }
    }
  }
`);

const OUTCOMES: BreachOutcome[] = ['PERSUADED', 'REPEATED', 'REFERRED'];

/** /patrol: a patrol member records a breach of the convention in force: article, place, outcome; nobody named. */
export function PatrolRecord() {
  const { t } = usePrefs();
  const p = t.together.patrol;
  const g = t.together;
  const { token, ready, keep } = usePhoneSession(TOKEN_KEY);
  const [me] = useQuery({ query: PatrolMe, pause: !token });
  const community = me.data?.me?.teams[0]?.community ?? null;
  const [list] = useQuery({ query: PatrolConventions, variables: { communityId: community?.id ?? '' }, pause: !community });
  const [state, record] = useMutation(Record);
  const [article, setArticle] = useState<number | null>(null);
  const [place, setPlace] = useState('');
  const [building, setBuilding] = useState('');
  const [outcome, setOutcome] = useState<BreachOutcome>('PERSUADED');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);

  if (!ready) return null;
  if (!token || (me.data && !me.data.me)) return <PhoneSignIn title={p.signIn} onToken={keep} />;
  if (me.error) return <p role="alert">{errorText(me.error, t)}</p>;
  if (!me.data || (community && !list.data)) return <p>{t.loading}</p>;
  const convention = list.data?.conventions.find((c) => c.inForceVersion);
  const estates = community?.estates ?? [];
  const header = (
    <header className="phone-head">
      <h2>{p.title}</h2>
      <p>
        {me.data.me?.displayName} · {community?.name}{' '}
        <button type="button" onClick={() => keep(null)}>
          {p.signOut}
        </button>
      </p>
    </header>
  );
  if (!convention)
    return (
      <>
        {header}
        <p>{p.noConvention}</p>
      </>
    );
  if (saved)
    return (
      <>
        {header}
        <p className="done" role="status">
          {p.recorded}
        </p>
        <button type="button" className="primary" onClick={() => (setSaved(false), setArticle(null), setPlace(''), setNote(''))}>
          {p.another}
        </button>
      </>
    );
  return (
    <>
      {header}
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          if (article === null) return;
          const res = await record({
            input: { conventionId: convention.id, articleNumber: article, place, buildingId: building || null, outcome, note: note || null },
          });
          if (!res.error) setSaved(true);
        }}
      >
        <fieldset className="choice-list">
          <legend>{p.whichArticle}</legend>
          {convention.articles.map((a) => (
            <button key={a.id} type="button" aria-pressed={article === a.number} onClick={() => setArticle(a.number)}>
              {g.article(a.number)} {a.text.slice(0, 24)}
              {a.text.length > 24 ? '…' : ''}
            </button>
          ))}
        </fieldset>
        <label>
          {p.building}
          <select value={building} onChange={(e) => setBuilding(e.target.value)}>
            <option value="">{p.noBuilding}</option>
            {estates.flatMap((es) =>
              es.buildings.map((b) => (
                <option key={b.id} value={b.id}>
                  {es.name} {b.name}
                </option>
              )),
            )}
          </select>
        </label>
        <label>
          {p.place}
          <input value={place} maxLength={100} onChange={(e) => setPlace(e.target.value)} />
        </label>
        <fieldset className="choice-list">
          <legend>{p.outcome}</legend>
          {OUTCOMES.map((o) => (
            <button key={o} type="button" aria-pressed={outcome === o} onClick={() => setOutcome(o)}>
              {g.outcomes[o]}
            </button>
          ))}
        </fieldset>
        <label>
          {p.note}
          <input value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} />
        </label>
        {state.error ? <p role="alert">{errorText(state.error, t)}</p> : null}
        <button type="submit" className="primary" disabled={article === null || !place.trim() || state.fetching}>
          {p.record}
        </button>
      </form>
    </>
  );
}
