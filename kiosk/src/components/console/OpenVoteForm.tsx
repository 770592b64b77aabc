'use client';

import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { formatYuan, shanghai } from '../../lib/format';
import { errorDetail, errorText, usePrefs } from '../../lib/i18n';
import { Alert } from '../Notice';
import type { ConsoleCommunity } from './staff-context';
import { RegisterPicker, type RegisterChoice } from './RegisterPicker';

const OpenVote = graphql(`
  mutation ConsoleOpenVote($input: OpenVoteInput!) {
    openVote(input: $input) {
      id
      status
    }
  }
`);

const CostShare = graphql(`
  mutation ConsoleCostShare($input: CostShareInput!) {
    calculateCostShare(input: $input) {
      netCostFen
      shares {
        homeId
        room
        floor
        coefficientPermille
        shareFen
      }
    }
  }
`);

const defaultClose = () => {
  const d = new Date(Date.now() + 14 * 86_400_000 + 8 * 3_600_000);
  return d.toISOString().slice(0, 16);
};

export function OpenVoteForm({
  matter,
  community,
  onOpened,
}: {
  matter: { id: string; title: string; category: string };
  community: ConsoleCommunity;
  onOpened(): void;
}) {
  const { t, locale } = usePrefs();
  const [question, setQuestion] = useState(t.console.defaultQuestion(matter.title));
  const [rule, setRule] = useState<'OWNERS_MAJOR' | 'OWNERS_ORDINARY' | 'RESIDENTS_MAJORITY'>(
    matter.category === 'ELEVATOR' || matter.category === 'FUNDRAISING' ? 'OWNERS_MAJOR' : 'OWNERS_ORDINARY',
  );
  const [place, setPlace] = useState<RegisterChoice | null>(null);
  const [closesAt, setClosesAt] = useState(defaultClose());
  const [total, setTotal] = useState('');
  const [subsidy, setSubsidy] = useState('0');
  const [openState, open] = useMutation(OpenVote);
  const [shareState, share] = useMutation(CostShare);
  // The deepest level chosen is the scope.
  const scope = place?.unitId
    ? { scopeKind: 'UNIT' as const, scopeId: place.unitId }
    : place?.buildingId
      ? { scopeKind: 'BUILDING' as const, scopeId: place.buildingId }
      : place?.estateId
        ? { scopeKind: 'ESTATE' as const, scopeId: place.estateId }
        : null;
  const fen = (yuan: string) => Math.round(Number(yuan) * 100);

  return (
    <form
      className="open-vote"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!scope) return;
        const res = await open({ input: { matterId: matter.id, question, rule, ...scope, closesAt: shanghai(closesAt) } });
        if (res.data) onOpened();
      }}
    >
      <label>
        {t.console.question}
        <input name="question" value={question} onChange={(e) => setQuestion(e.target.value)} />
      </label>
      <label>
        {t.console.rule}
        <select aria-label={t.console.rule} value={rule} onChange={(e) => setRule(e.target.value as typeof rule)}>
          {(['OWNERS_MAJOR', 'OWNERS_ORDINARY', 'RESIDENTS_MAJORITY'] as const).map((r) => (
            <option key={r} value={r}>
              {t.console.rules[r]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t.console.scope}</legend>
        <RegisterPicker communities={[community]} onChange={setPlace} />
      </fieldset>
      <label>
        {t.console.closesAt}
        <input name="closesAt" type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} />
      </label>
      {matter.category === 'ELEVATOR' && scope && scope.scopeKind !== 'ESTATE' ? (
        <fieldset>
          <legend>{t.console.costShare}</legend>
          <label>
            {t.console.totalCost}
            <input name="total" inputMode="decimal" value={total} onChange={(e) => setTotal(e.target.value)} />
          </label>
          <label>
            {t.console.subsidy}
            <input name="subsidy" inputMode="decimal" value={subsidy} onChange={(e) => setSubsidy(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={!total}
            onClick={() => share({ input: { matterId: matter.id, ...scope, totalCostFen: fen(total), subsidyFen: fen(subsidy || '0') } })}
          >
            {t.console.calculate}
          </button>
          <Alert text={errorText(shareState.error, t)} />
          {shareState.data ? (
            <table>
              <tbody>
                {shareState.data.calculateCostShare.shares.map((s) => (
                  <tr key={s.homeId}>
                    <td>{s.room}</td>
                    <td>{s.floor}</td>
                    <td>{(s.coefficientPermille / 1000).toFixed(1)}</td>
                    <td>{formatYuan(s.shareFen, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </fieldset>
      ) : null}
      <Alert text={errorDetail(openState.error, t)} />
      <button type="submit" className="primary" disabled={!scope || openState.fetching}>
        {t.console.openVote}
      </button>
    </form>
  );
}
