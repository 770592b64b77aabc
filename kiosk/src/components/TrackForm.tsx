'use client';

import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { usePrefs } from '../lib/i18n';
import { CodeEntry } from './codes/CodeEntry';
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

/** Tracking at the kiosk: the code by taps on the code keypad, or from a receipt's link. */
export function TrackForm({ initialCode }: { initialCode: string | null }) {
  const { t } = usePrefs();
  const [code, setCode] = useState<string | null>(initialCode ? initialCode.replace(/[\s-]/g, '').toUpperCase() : null);
  return (
    <section>
      <h2>{t.track.title}</h2>
      {code ? (
        <>
          <Found key={code} code={code} />
          <div className="actions">
            <button type="button" onClick={() => setCode(null)}>
              {t.track.again}
            </button>
          </div>
        </>
      ) : (
        <CodeEntry kind="tracking" label={t.track.codeLabel} onComplete={setCode} />
      )}
    </section>
  );
}
