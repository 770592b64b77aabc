'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { MatterCategory } from '../../gql/graphql';
import { usePrefs } from '../../lib/i18n';
import { Keypad } from '../Keypad';
import { Alert } from '../Notice';
import type { ChosenPlace } from './PlaceStep';
import type { ChosenProblem } from './ProblemStep';
import { PhoneHandOff } from './PhoneHandOff';
import { raiseErrorText } from './raise-error';

// The keyboard and its pinyin table load only when someone wants to write: most raise with taps.
const WordsKeyboard = dynamic(() => import('./WordsKeyboard').then((m) => m.WordsKeyboard), { ssr: false });

const RaiseMutation = graphql(`
  mutation KioskRaise($input: RaiseMatterInput!) {
    raiseMatter(input: $input) {
      id
      trackingCode
    }
  }
`);

type Panel = 'none' | 'title' | 'description' | 'phone' | 'handoff';

/** Step 4: what will be sent; words, a phone number and the phone hand-off are all optional. */
export function ReviewStep({
  pavilionId,
  category,
  problem,
  place,
  onBack,
  onRaised,
}: {
  pavilionId: string;
  category: MatterCategory;
  problem: ChosenProblem;
  place: ChosenPlace | null;
  onBack(): void;
  onRaised(trackingCode: string): void;
}) {
  const { t } = usePrefs();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [phone, setPhone] = useState('');
  const [panel, setPanel] = useState<Panel>('none');
  const [result, raise] = useMutation(RaiseMutation);
  const choice = {
    pavilionId,
    category,
    problemId: problem.id,
    buildingId: place?.buildingId ?? null,
    unitId: place?.unitId ?? null,
    title: title.trim() || null,
    description: description.trim() || null,
  };
  const toggle = (p: Panel) => setPanel(panel === p ? 'none' : p);

  return (
    <div>
      <p>{t.raise.review}</p>
      <dl className="review">
        <dt>{t.raise.chooseCategory}</dt>
        <dd>{t.categories[category]}</dd>
        <dt>{t.raise.problem}</dt>
        <dd>{problem.title}</dd>
        <dt>{t.raise.place}</dt>
        <dd>{place?.text ?? t.raise.noPlaceChosen}</dd>
        {title.trim() ? (
          <>
            <dt>{t.raise.titleOptional}</dt>
            <dd>{title.trim()}</dd>
          </>
        ) : null}
        {description.trim() ? (
          <>
            <dt>{t.raise.descriptionLabel}</dt>
            <dd>{description.trim()}</dd>
          </>
        ) : null}
        {phone ? (
          <>
            <dt>{t.raise.phoneLabel}</dt>
            <dd>{phone}</dd>
          </>
        ) : null}
      </dl>
      <p className="meta">{t.raise.wordsOptional}</p>
      <div className="actions">
        <button type="button" aria-expanded={panel === 'title'} onClick={() => toggle('title')}>
          {t.raise.editTitle}
        </button>
        <button type="button" aria-expanded={panel === 'description'} onClick={() => toggle('description')}>
          {t.raise.editDescription}
        </button>
        <button type="button" aria-expanded={panel === 'phone'} onClick={() => toggle('phone')}>
          {t.raise.phone}
        </button>
        <button type="button" aria-expanded={panel === 'handoff'} onClick={() => toggle('handoff')}>
          {t.raise.continueOnPhone}
        </button>
      </div>
      {panel === 'title' ? (
        <WordsKeyboard key="title" label={t.raise.titleOptional} value={title} maxLength={60} onChange={setTitle} onDone={() => setPanel('none')} />
      ) : null}
      {panel === 'description' ? (
        <WordsKeyboard
          key="description"
          label={t.raise.descriptionLabel}
          value={description}
          maxLength={2000}
          onChange={setDescription}
          onDone={() => setPanel('none')}
        />
      ) : null}
      {panel === 'phone' ? (
        <div className="words" role="group" aria-label={t.raise.phoneLabel}>
          <p className="words-label">{t.raise.phoneLabel}</p>
          <output className="words-text">{phone || '\u00a0'}</output>
          <p className="meta">{t.raise.phoneHint}</p>
          <Keypad onDigit={(d) => setPhone((p) => (p.length < 11 ? p + d : p))} onDelete={() => setPhone((p) => p.slice(0, -1))} onClear={() => setPhone('')} />
        </div>
      ) : null}
      {panel === 'handoff' ? <PhoneHandOff choice={choice} /> : null}
      <Alert text={raiseErrorText(result.error, t)} />
      <div className="actions spread">
        <button type="button" onClick={onBack}>
          {t.back}
        </button>
        <button
          type="button"
          className="primary"
          disabled={result.fetching}
          onClick={async () => {
            const res = await raise({ input: { ...choice, contactPhone: phone || null } });
            if (res.data) onRaised(res.data.raiseMatter.trackingCode);
          }}
        >
          {t.submit}
        </button>
      </div>
    </div>
  );
}
