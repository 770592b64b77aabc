'use client';

import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../lib/i18n';
import { Keypad } from '../Keypad';
import styles from './PlaceStep.module.css';

const PlacesQuery = graphql(`
  query KioskPlaces($id: ID!) {
    pavilion(id: $id) {
      id
      estate {
        id
      }
      community {
        id
        estates {
          id
          name
          buildings {
            id
            name
            units {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export interface ChosenPlace {
  buildingId: string;
  unitId: string | null;
  /** As the server will name it, for the review. */
  text: string;
}

type Estate = { id: string; name: string; buildings: Array<{ id: string; name: string; units: Array<{ id: string; name: string }> }> };

/** The numbers in a building's name (万泉街路12号 → 12; 3栋 → 3): what a resident knows of their address. */
const numbersOf = (name: string): string[] => name.match(/\d+/g) ?? [];

/** Most matches a number can show at once; a longer number narrows them. */
const MAX_MATCHES = 30;

function BuildingRow({
  estate,
  building,
  showEstate,
  onChoose,
}: {
  estate: Estate;
  building: Estate['buildings'][number];
  showEstate: boolean;
  onChoose(p: ChosenPlace): void;
}) {
  const { t } = usePrefs();
  const b = building;
  const where = showEstate ? <small className={styles.estate}>{estate.name}</small> : null;
  if (b.units.length <= 1)
    return (
      <div className="building-row" role="group" aria-label={b.name}>
        <button
          type="button"
          onClick={() => onChoose({ buildingId: b.id, unitId: b.units[0]?.id ?? null, text: `${estate.name} ${b.name}${b.units[0]?.name ?? ''}` })}
        >
          {where}
          {b.name}
          {b.units[0]?.name ?? ''}
        </button>
      </div>
    );
  return (
    <div className="building-row" role="group" aria-label={b.name}>
      {b.units.map((u) => (
        <button key={u.id} type="button" onClick={() => onChoose({ buildingId: b.id, unitId: u.id, text: `${estate.name} ${b.name}${u.name}` })}>
          {where}
          {b.name}
          {u.name}
        </button>
      ))}
      <button type="button" className="whole" onClick={() => onChoose({ buildingId: b.id, unitId: null, text: `${estate.name} ${b.name}` })}>
        {where}
        {t.raise.wholeBuilding(b.name)}
      </button>
    </div>
  );
}

/**
 * Step 3: where. The buildings around this pavilion first, one tap on a unit; any other building
 * of the community by its street or building number on a number pad, as residents know their
 * address (never by the register's areas). "Not in a building" goes on without a place.
 */
export function PlaceStep({ pavilionId, onChoose }: { pavilionId: string; onChoose(p: ChosenPlace | null): void }) {
  const { t } = usePrefs();
  const [{ data, error }] = useQuery({ query: PlacesQuery, variables: { id: pavilionId } });
  const [number, setNumber] = useState('');
  if (error) return <p role="alert">{t.loadFailed}</p>;
  if (!data) return <p aria-busy="true">{t.loading}</p>;
  const estates: Estate[] = data.pavilion?.community.estates.filter((e) => e.buildings.length > 0) ?? [];
  const own = estates.find((e) => e.id === data.pavilion?.estate?.id) ?? (estates.length === 1 ? estates[0] : null);
  const matches = number ? estates.flatMap((e) => e.buildings.filter((b) => numbersOf(b.name).includes(number)).map((b) => ({ estate: e, building: b }))) : [];
  return (
    <>
      {own ? (
        <section aria-labelledby="place-near">
          <h3 id="place-near">{t.raise.nearHere}</h3>
          <div className="buildings">
            {own.buildings.map((b) => (
              <BuildingRow key={b.id} estate={own} building={b} showEstate={false} onChoose={onChoose} />
            ))}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="place-number" className={styles.byNumber}>
        <h3 id="place-number">{own ? t.raise.elsewhere : t.raise.byNumber}</h3>
        <div className={styles.pad}>
          <div>
            <p className={styles.typed} aria-live="polite" data-testid="place-number">
              {number ? t.raise.numberTyped(number) : t.raise.numberHint}
            </p>
            <Keypad
              onDigit={(d) => setNumber((number + d).replace(/^0+/, '').slice(0, 4))}
              onDelete={() => setNumber(number.slice(0, -1))}
              onClear={() => setNumber('')}
            />
          </div>
          <div className="buildings" aria-live="polite">
            {number && matches.length === 0 ? <p>{t.raise.noNumber(number)}</p> : null}
            {matches.slice(0, MAX_MATCHES).map(({ estate, building }) => (
              <BuildingRow key={building.id} estate={estate} building={building} showEstate onChoose={onChoose} />
            ))}
            {matches.length > MAX_MATCHES ? <p className="meta">{t.raise.moreMatches(matches.length - MAX_MATCHES)}</p> : null}
          </div>
        </div>
      </section>
      <div className="actions">
        <button type="button" className="wide" onClick={() => onChoose(null)}>
          {t.raise.noPlace}
        </button>
      </div>
    </>
  );
}
