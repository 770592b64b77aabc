'use client';

import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../lib/i18n';

const PlacesQuery = graphql(`
  query KioskPlaces($id: ID!) {
    pavilion(id: $id) {
      id
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

/**
 * Step 3: where, from the register: the estate (skipped when there is one), then one tap on a
 * unit of a building, or the whole building. "Not in a building" goes on without a place.
 */
export function PlaceStep({ pavilionId, onChoose }: { pavilionId: string; onChoose(p: ChosenPlace | null): void }) {
  const { t } = usePrefs();
  const [{ data, error }] = useQuery({ query: PlacesQuery, variables: { id: pavilionId } });
  const [estateId, setEstateId] = useState<string | null>(null);
  if (error) return <p role="alert">{t.loadFailed}</p>;
  if (!data) return <p aria-busy="true">{t.loading}</p>;
  const estates = data.pavilion?.community.estates.filter((e) => e.buildings.length > 0) ?? [];
  const estate = estates.length === 1 ? estates[0] : estates.find((e) => e.id === estateId);
  const none = (
    <button type="button" className="wide" onClick={() => onChoose(null)}>
      {t.raise.noPlace}
    </button>
  );

  if (!estate)
    return (
      <>
        <p>{t.raise.chooseEstate}</p>
        <div className="choice-grid">
          {estates.map((e) => (
            <button key={e.id} type="button" onClick={() => setEstateId(e.id)}>
              {e.name}
            </button>
          ))}
        </div>
        {none}
      </>
    );

  return (
    <>
      <p>
        {estate.name} · {t.raise.chooseUnit}
      </p>
      <div className="buildings">
        {estate.buildings.map((b) => (
          <div key={b.id} className="building-row" role="group" aria-label={b.name}>
            {b.units.length > 1 ? (
              <>
                {b.units.map((u) => (
                  <button key={u.id} type="button" onClick={() => onChoose({ buildingId: b.id, unitId: u.id, text: `${estate.name} ${b.name}${u.name}` })}>
                    {b.name}
                    {u.name}
                  </button>
                ))}
                <button type="button" className="whole" onClick={() => onChoose({ buildingId: b.id, unitId: null, text: `${estate.name} ${b.name}` })}>
                  {t.raise.wholeBuilding(b.name)}
                </button>
              </>
            ) : (
              <button
                type="button"
                onClick={() => onChoose({ buildingId: b.id, unitId: b.units[0]?.id ?? null, text: `${estate.name} ${b.name}${b.units[0]?.name ?? ''}` })}
              >
                {b.name}
                {b.units[0]?.name ?? ''}
              </button>
            )}
          </div>
        ))}
      </div>
      <div className="actions">
        {estates.length > 1 ? (
          <button type="button" onClick={() => setEstateId(null)}>
            {t.raise.chooseEstate}
          </button>
        ) : null}
        {none}
      </div>
    </>
  );
}
