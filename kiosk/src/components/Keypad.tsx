'use client';

import { usePrefs } from '../lib/i18n';

/** Big digits for a touchscreen: no system keyboard pops up over the page. */
export function Keypad({ onDigit, onDelete, onClear }: { onDigit(d: string): void; onDelete(): void; onClear(): void }) {
  const { t } = usePrefs();
  return (
    <div className="keypad" role="group" aria-label={t.vote.keypad}>
      {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
        <button key={d} type="button" onClick={() => onDigit(d)}>
          {d}
        </button>
      ))}
      <button type="button" onClick={onClear}>
        {t.vote.clear}
      </button>
      <button type="button" onClick={() => onDigit('0')}>
        0
      </button>
      <button type="button" onClick={onDelete} aria-label={t.vote.delete}>
        ⌫
      </button>
    </div>
  );
}
