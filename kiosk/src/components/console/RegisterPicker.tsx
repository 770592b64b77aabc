'use client';

import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../lib/i18n';
import type { ConsoleCommunity } from './staff-context';

const EstateTree = graphql(`
  query ConsoleEstateTree($id: ID!, $withHomes: Boolean!) {
    estate(id: $id) {
      id
      buildings {
        id
        name
        units {
          id
          name
          homes @include(if: $withHomes) {
            id
            room
          }
        }
      }
    }
  }
`);

export interface RegisterChoice {
  estateId: string | null;
  buildingId: string | null;
  unitId: string | null;
  home: { id: string; label: string } | null;
}

const NOTHING: RegisterChoice = { estateId: null, buildingId: null, unitId: null, home: null };

/**
 * Estate, building, unit and (with `homes`) home: the register as staff know it, instead of raw
 * ids. Reports the whole choice on every change, a deeper level emptied when a higher one changes.
 */
export function RegisterPicker({
  communities,
  homes = false,
  onChange,
}: {
  communities: ConsoleCommunity[];
  homes?: boolean;
  onChange(choice: RegisterChoice): void;
}) {
  const { t } = usePrefs();
  const [choice, setChoice] = useState<RegisterChoice>(NOTHING);
  const [{ data }] = useQuery({ query: EstateTree, variables: { id: choice.estateId ?? '', withHomes: homes }, pause: !choice.estateId });
  const building = data?.estate?.buildings.find((b) => b.id === choice.buildingId);
  const unit = building?.units.find((u) => u.id === choice.unitId);
  const choose = (next: RegisterChoice) => {
    setChoice(next);
    onChange(next);
  };
  return (
    <div className="row-actions">
      <select aria-label={t.console.scopeKinds.ESTATE} value={choice.estateId ?? ''} onChange={(e) => choose({ ...NOTHING, estateId: e.target.value || null })}>
        <option value="">{t.console.scopeKinds.ESTATE}</option>
        {communities.flatMap((c) =>
          c.estates.map((es) => (
            <option key={es.id} value={es.id}>
              {communities.length > 1 ? `${c.name} ` : ''}
              {es.name}
            </option>
          )),
        )}
      </select>
      <select
        aria-label={t.console.scopeKinds.BUILDING}
        value={choice.buildingId ?? ''}
        disabled={!data?.estate}
        onChange={(e) => choose({ ...NOTHING, estateId: choice.estateId, buildingId: e.target.value || null })}
      >
        <option value="">{t.console.scopeKinds.BUILDING}</option>
        {data?.estate?.buildings.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t.console.scopeKinds.UNIT}
        value={choice.unitId ?? ''}
        disabled={!building}
        onChange={(e) => choose({ ...choice, unitId: e.target.value || null, home: null })}
      >
        <option value="">{t.console.scopeKinds.UNIT}</option>
        {building?.units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      {homes ? (
        <select
          aria-label={t.console.home}
          value={choice.home?.id ?? ''}
          disabled={!unit}
          onChange={(e) => {
            const h = unit?.homes?.find((x) => x.id === e.target.value);
            choose({ ...choice, home: h ? { id: h.id, label: `${building!.name} ${unit!.name} ${h.room}` } : null });
          }}
        >
          <option value="">{t.console.home}</option>
          {unit?.homes?.map((h) => (
            <option key={h.id} value={h.id}>
              {h.room}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
}
