import type { Messages } from '../messages/zh-CN';

/** An audited action in words: its own name, or a work order's step in the order's words. */
export function actionWords(action: string, t: Messages): string {
  const a = t.audit;
  const step = /^workOrder\.(.+)$/.exec(action);
  if (step) {
    const kind = step[1].toUpperCase() as keyof Messages['service']['events'];
    return `${a.workOrder}：${t.service.events[kind] ?? step[1]}`;
  }
  return a.actions[action] ?? action;
}

export function roleWords(role: string, t: Messages): string {
  return (t.audit.roles as Record<string, string>)[role] ?? role;
}

/** Known statuses and kinds shown in words; anything else as it was recorded. */
function valueWords(value: unknown, t: Messages): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? t.audit.yes : t.audit.no;
  if (Array.isArray(value)) return value.map((v) => valueWords(v, t)).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  const s = String(value);
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(s)) return s; // turned into local time by the caller
  const words = { ...t.status, ...t.service.statuses, ...t.categories } as Record<string, string>;
  return words[s] ?? s;
}

/** The details of an entry as labelled lines, in the order they were recorded. */
export function detailLines(details: string, t: Messages, time: (iso: string) => string): Array<{ label: string; value: string }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details ? [{ label: t.audit.other, value: details }] : [];
  }
  if (!parsed || typeof parsed !== 'object') return [];
  const labels = { ...t.audit.details } as Record<string, string>;
  return Object.entries(parsed as Record<string, unknown>).map(([key, v]) => {
    const value = valueWords(v, t);
    return { label: labels[key] ?? key.replace(/([A-Z])/g, ' $1').toLowerCase(), value: /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value) ? time(value) : value };
  });
}
