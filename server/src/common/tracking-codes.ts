import type { EntityManager } from '@mikro-orm/knex';
import { newCode, TRACKING_CODE_LENGTH } from './codes';
import { conflict } from './errors';

/**
 * Codes that no matter and no work order has yet: one lookup box at the kiosk finds either, so a
 * code is unique across both. Drawn and checked for several at once.
 */
export async function freeTrackingCodes(tx: EntityManager, count: number): Promise<string[]> {
  const out: string[] = [];
  for (let attempt = 0; attempt < 10 && out.length < count; attempt++) {
    const drawn = new Set<string>();
    while (drawn.size < count - out.length) {
      const code = newCode(TRACKING_CODE_LENGTH);
      if (!out.includes(code)) drawn.add(code);
    }
    const codes = [...drawn];
    const marks = codes.map(() => '?').join(', ');
    const rows = await tx.execute<Array<{ tracking_code: string }>>(
      `select tracking_code from work_order where tracking_code in (${marks}) union select tracking_code from matter where tracking_code in (${marks})`,
      [...codes, ...codes],
    );
    const taken = new Set(rows.map((r) => r.tracking_code));
    out.push(...codes.filter((c) => !taken.has(c)));
  }
  if (out.length < count) throw conflict('Could not find a free tracking code; try again');
  return out;
}
