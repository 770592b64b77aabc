'use client';

import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorText, usePrefs } from '../../lib/i18n';
import type { ConsoleCommunity } from './staff-context';

const EstateTree = graphql(`
  query ConsoleEstateTree($id: ID!) {
    estate(id: $id) {
      id
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
`);

export interface RegisterChoice {
  estateId: string | null;
  buildingId: string | null;
  unitId: string | null;
}

const NOTHING: RegisterChoice = { estateId: null, buildingId: null, unitId: null };

/**
 * Estate, building and unit: the register as staff know it, instead of raw ids. Reports the whole
 * choice on every change, a deeper level emptied when a higher one changes.
 */
export function RegisterPicker({ communities, onChange }: { communities: ConsoleCommunity[]; onChange(choice: RegisterChoice): void }) {
  const { t } = usePrefs();
  const [choice, setChoice] = useState<RegisterChoice>(NOTHING);
  const [{ data, error }] = useQuery({ query: EstateTree, variables: { id: choice.estateId ?? '' }, pause: !choice.estateId });
  const building = data?.estate?.buildings.find((b) => b.id === choice.buildingId);
  const choose = (next: RegisterChoice) => {
    setChoice(next);
    onChange(next);
  };
  return (
    <Space wrap>
      <Select
        aria-label={t.console.scopeKinds.ESTATE}
        placeholder={t.console.scopeKinds.ESTATE}
        style={{ minWidth: 200 }}
        value={choice.estateId}
        onChange={(v: string | null) => choose({ ...NOTHING, estateId: v ?? null })}
        allowClear
        options={communities.flatMap((c) => c.estates.map((es) => ({ value: es.id, label: `${communities.length > 1 ? `${c.name} ` : ''}${es.name}` })))}
      />
      <Select
        aria-label={t.console.scopeKinds.BUILDING}
        placeholder={t.console.scopeKinds.BUILDING}
        style={{ minWidth: 140 }}
        disabled={!data?.estate}
        value={choice.buildingId}
        allowClear
        onChange={(v: string | null) => choose({ ...NOTHING, estateId: choice.estateId, buildingId: v ?? null })}
        options={data?.estate?.buildings.map((b) => ({ value: b.id, label: b.name })) ?? []}
      />
      <Select
        aria-label={t.console.scopeKinds.UNIT}
        placeholder={t.console.scopeKinds.UNIT}
        style={{ minWidth: 120 }}
        disabled={!building}
        value={choice.unitId}
        allowClear
        onChange={(v: string | null) => choose({ ...choice, unitId: v ?? null })}
        options={building?.units.map((u) => ({ value: u.id, label: u.name })) ?? []}
      />
      {error ? (
        <Typography.Text type="danger" role="alert">
          {errorText(error, t)}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
