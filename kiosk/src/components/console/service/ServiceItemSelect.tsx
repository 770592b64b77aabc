'use client';

import { Select } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { usePrefs } from '../../../lib/i18n';

const ItemChoices = graphql(`
  query ConsoleServiceItemChoices {
    serviceCatalogue {
      code
      name
      items {
        code
        name
      }
    }
  }
`);

/** A catalogue item, chosen by name under its category (typing filters). */
export function ServiceItemSelect({ value, onChange, style }: { value: string | null; onChange(code: string | null): void; style?: React.CSSProperties }) {
  const { t } = usePrefs();
  const [{ data }] = useQuery({ query: ItemChoices });
  return (
    <Select
      aria-label={t.service.item}
      placeholder={t.service.item}
      style={style}
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      options={(data?.serviceCatalogue ?? []).map((c) => ({ label: c.name, options: c.items.map((i) => ({ value: i.code, label: i.name })) }))}
    />
  );
}
