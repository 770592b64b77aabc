'use client';

import { useState } from 'react';
import { usePrefs } from '../lib/i18n';
import { MatterView } from './MatterView';

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
      {code ? <MatterView key={code} code={code} /> : null}
    </section>
  );
}
