'use client';

import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePrefs } from '../lib/i18n';
import { MatterView } from './MatterView';
import { WorkOrderView } from './service/WorkOrderView';

const Lookup = graphql(`
  query TrackLookup($code: String!) {
    matterByTrackingCode(code: $code) {
      id
    }
    workOrderByTrackingCode(code: $code) {
      id
    }
  }
`);

/** One box for both kinds of receipt: a matter's code or a repair's code. */
function Found({ code }: { code: string }) {
  const { t } = usePrefs();
  const [{ data, fetching }] = useQuery({ query: Lookup, variables: { code } });
  if (!data) return <p>{fetching ? t.loading : ''}</p>;
  if (data.workOrderByTrackingCode) return <WorkOrderView code={code} />;
  return <MatterView code={code} />;
}

export function TrackForm({ initialCode }: { initialCode: string | null }) {
  const { t } = usePrefs();
  const [typed, setTyped] = useState(initialCode ?? '');
  const [code, setCode] = useState<string | null>(initialCode);
  return (
    <section>
      <h2>{t.track.title}</h2>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          setCode(typed.replace(/[\s-]/g, '').toUpperCase());
        }}
      >
        <label>
          {t.track.codeLabel}
          <input name="code" value={typed} maxLength={12} autoCapitalize="characters" onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t.track.find}
        </button>
      </form>
      {code ? <Found key={code} code={code} /> : null}
    </section>
  );
}
