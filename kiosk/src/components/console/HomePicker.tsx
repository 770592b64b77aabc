'use client';

import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../lib/i18n';
import type { ConsoleCommunity } from './ConsoleApp';

const EstateHomes = graphql(`
  query ConsoleEstateHomes($id: ID!) {
    estate(id: $id) {
      id
      buildings {
        id
        name
        units {
          id
          name
          homes {
            id
            room
            floor
          }
        }
      }
    }
  }
`);

/** Estate, building, unit, home: the register as the office knows it, instead of raw ids. */
export function HomePicker({ communities, onPick }: { communities: ConsoleCommunity[]; onPick(home: { id: string; label: string } | null): void }) {
  const { t } = usePrefs();
  const [estateId, setEstateId] = useState('');
  const [buildingId, setBuildingId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [{ data }] = useQuery({ query: EstateHomes, variables: { id: estateId }, pause: !estateId });
  const building = data?.estate?.buildings.find((b) => b.id === buildingId);
  const unit = building?.units.find((u) => u.id === unitId);
  return (
    <div className="row-actions">
      <select aria-label={t.console.scopeKinds.ESTATE} value={estateId} onChange={(e) => (setEstateId(e.target.value), setBuildingId(''), setUnitId(''), onPick(null))}>
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
      <select aria-label={t.console.scopeKinds.BUILDING} value={buildingId} disabled={!data?.estate} onChange={(e) => (setBuildingId(e.target.value), setUnitId(''), onPick(null))}>
        <option value="">{t.console.scopeKinds.BUILDING}</option>
        {data?.estate?.buildings.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      <select aria-label={t.console.scopeKinds.UNIT} value={unitId} disabled={!building} onChange={(e) => (setUnitId(e.target.value), onPick(null))}>
        <option value="">{t.console.scopeKinds.UNIT}</option>
        {building?.units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <select aria-label={t.console.home} disabled={!unit} onChange={(e) => onPick(e.target.value ? { id: e.target.value, label: `${building!.name} ${unit!.name} ${unit!.homes.find((h) => h.id === e.target.value)?.room}` } : null)}>
        <option value="">{t.console.home}</option>
        {unit?.homes.map((h) => (
          <option key={h.id} value={h.id}>
            {h.room}
          </option>
        ))}
      </select>
    </div>
  );
}
