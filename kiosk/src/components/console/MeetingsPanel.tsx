'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { formatTime, shanghai } from '../../lib/format';
import { errorText, usePrefs } from '../../lib/i18n';
import { Alert } from '../Notice';
import type { ConsoleCommunity } from './staff-context';

const Meetings = graphql(`
  query ConsoleMeetings($communityId: ID) {
    meetings(communityId: $communityId) {
      id
      title
      startsAt
      attendance
      minutes
      pavilion {
        id
        name
      }
      agenda {
        id
        title
      }
    }
    pavilions {
      id
      name
      community {
        id
      }
    }
  }
`);

const Schedule = graphql(`
  mutation ConsoleSchedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
    }
  }
`);

const Minutes = graphql(`
  mutation ConsoleMinutes($id: ID!, $attendance: Int!, $minutes: String!) {
    recordMeetingMinutes(meetingId: $id, attendance: $attendance, minutes: $minutes) {
      id
    }
  }
`);

/** Meetings of the branch at a pavilion: their agendas, and afterwards attendance and minutes. */
export function MeetingsPanel({ community, onAgenda }: { community: ConsoleCommunity; onAgenda: Array<{ id: string; title: string }> }) {
  const { t, locale } = usePrefs();
  const [{ data, error }, refetch] = useQuery({ query: Meetings, variables: { communityId: community.id }, requestPolicy: 'network-only' });
  const [scheduleState, schedule] = useMutation(Schedule);
  const [minutesState, record] = useMutation(Minutes);
  const [title, setTitle] = useState('');
  const [pavilionId, setPavilionId] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [notes, setNotes] = useState<Record<string, { attendance: string; minutes: string }>>({});
  const pavilions = data?.pavilions.filter((p) => p.community.id === community.id) ?? [];
  const done = () => refetch({ requestPolicy: 'network-only' });
  return (
    <section className="meetings">
      <h2>{t.console.meetings}</h2>
      <Alert text={errorText(error ?? scheduleState.error ?? minutesState.error, t)} />
      <form
        className="open-vote"
        onSubmit={async (e) => {
          e.preventDefault();
          const res = await schedule({ input: { pavilionId, title, startsAt: shanghai(startsAt), matterIds: chosen } });
          if (res.data) {
            setTitle('');
            setChosen([]);
            done();
          }
        }}
      >
        <label>
          {t.console.meetingTitle}
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t.console.pavilion}
          <select value={pavilionId} onChange={(e) => setPavilionId(e.target.value)}>
            <option value="">{t.console.pavilion}</option>
            {pavilions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.console.startsAt}
          <input type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
        </label>
        <fieldset>
          <legend>{t.console.agendaItems}</legend>
          {onAgenda.map((m) => (
            <label key={m.id} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(m.id)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, m.id] : chosen.filter((x) => x !== m.id))}
              />{' '}
              {m.title}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={!title.trim() || !pavilionId || !startsAt || chosen.length === 0}>
          {t.console.schedule}
        </button>
      </form>
      <ul className="rows">
        {(data?.meetings ?? []).map((mt) => (
          <li key={mt.id}>
            <div>
              <strong>{mt.title}</strong> · {mt.pavilion.name} · {formatTime(mt.startsAt, locale)}
              <ol>
                {mt.agenda.map((a) => (
                  <li key={a.id}>{a.title}</li>
                ))}
              </ol>
              {mt.minutes ? (
                <p className="meta">
                  {t.console.attendance}: {mt.attendance} · {mt.minutes}
                </p>
              ) : null}
            </div>
            {mt.minutes ? null : (
              <div className="row-actions">
                <input
                  aria-label={t.console.attendance}
                  placeholder={t.console.attendance}
                  inputMode="numeric"
                  value={notes[mt.id]?.attendance ?? ''}
                  onChange={(e) => setNotes({ ...notes, [mt.id]: { minutes: notes[mt.id]?.minutes ?? '', attendance: e.target.value } })}
                />
                <input
                  aria-label={t.console.minutes}
                  placeholder={t.console.minutes}
                  value={notes[mt.id]?.minutes ?? ''}
                  onChange={(e) => setNotes({ ...notes, [mt.id]: { attendance: notes[mt.id]?.attendance ?? '', minutes: e.target.value } })}
                />
                <button
                  type="button"
                  disabled={!notes[mt.id]?.minutes?.trim() || !/^\d+$/.test(notes[mt.id]?.attendance ?? '')}
                  onClick={async () => (await record({ id: mt.id, attendance: Number(notes[mt.id].attendance), minutes: notes[mt.id].minutes })).data && done()}
                >
                  {t.console.recordMinutes}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
