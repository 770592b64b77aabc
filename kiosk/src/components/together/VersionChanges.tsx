'use client';

import { usePrefs } from '../../lib/i18n';
import { formatTime } from '../../lib/format';

interface Version {
  version: number;
  publishedAt: string;
  changes: Array<{ number: number; before?: string | null; after?: string | null }>;
}

/** Every version after the first, with what changed article by article: before and after, side by side. */
export function VersionChanges({ versions }: { versions: Version[] }) {
  const { t, locale } = usePrefs();
  const g = t.together;
  const later = versions.filter((v) => v.version > 1);
  if (!later.length) return null;
  return (
    <section className="versions" aria-labelledby="versions">
      <h3 id="versions">{g.versions}</h3>
      {later
        .slice()
        .reverse()
        .map((v) => (
          <div key={v.version} className="version">
            <h4>
              {g.version(v.version)} · {formatTime(v.publishedAt, locale)}
            </h4>
            {v.changes.map((c) => (
              <div key={c.number} className="change">
                <strong>{g.article(c.number)}</strong>
                <p className="before">
                  <span>{c.before == null ? g.added : g.before}</span> {c.before ?? ''}
                </p>
                <p className="after">
                  <span>{c.after == null ? g.removed : g.after}</span> {c.after ?? ''}
                </p>
              </div>
            ))}
          </div>
        ))}
    </section>
  );
}
