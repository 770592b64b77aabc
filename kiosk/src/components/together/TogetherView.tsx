'use client';

import { useState } from 'react';
import { usePrefs } from '../../lib/i18n';
import { usePavilion } from '../KioskShell';
import { AskPanel } from './AskPanel';
import { ConventionPanel } from './ConventionPanel';
import { JointPanel } from './JointPanel';

type Tab = 'convention' | 'ask' | 'joint';

/** /p/<id>/together: the community's convention, who to ask in each building, and the joint meetings' problems. */
export function TogetherView() {
  const { t } = usePrefs();
  const g = t.together;
  const { communityId, pavilionId } = usePavilion();
  const [tab, setTab] = useState<Tab>('convention');
  if (!communityId) return null;
  return (
    <section className="together">
      <h2>{g.title}</h2>
      <div className="chips" role="group" aria-label={g.title}>
        {(['convention', 'ask', 'joint'] as const).map((k) => (
          <button key={k} type="button" aria-pressed={tab === k} onClick={() => setTab(k)}>
            {g.tabs[k]}
          </button>
        ))}
      </div>
      {tab === 'convention' ? <ConventionPanel communityId={communityId} pavilionId={pavilionId} /> : null}
      {tab === 'ask' ? <AskPanel communityId={communityId} /> : null}
      {tab === 'joint' ? <JointPanel /> : null}
    </section>
  );
}
