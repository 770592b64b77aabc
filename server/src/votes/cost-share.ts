/**
 * Elevator cost shares (BRIEF.md): floors 1 and 2 pay nothing; each paying home pays
 * net * coef(floor) * area / sum(coef * area of paying homes), in fen, rounded by largest
 * remainder so that the shares add up exactly to the net cost. Coefficients are in thousandths
 * (0.7 -> 700) and all arithmetic is BigInt: net (up to 10^12 fen) times a weight overflows 2^53.
 */
export const DEFAULT_COEFFICIENTS_PERMILLE: ReadonlyMap<number, number> = new Map([
  [3, 700],
  [4, 800],
  [5, 900],
  [6, 1000],
  [7, 1100],
  [8, 1200],
  [9, 1300],
]);

export const FREE_FLOORS = 2;

export interface ShareHome {
  homeId: number;
  floor: number;
  areaCentiM2: number;
}

export interface Share extends ShareHome {
  coefficientPermille: number;
  shareFen: number;
}

/**
 * The coefficient of a floor: the table's, or for floors above the table the highest entry plus
 * 100 per floor (the table's own step); below floor 3 nothing.
 */
export function coefficientFor(floor: number, table: ReadonlyMap<number, number>): number {
  if (floor <= FREE_FLOORS) return 0;
  const own = table.get(floor);
  if (own !== undefined) return own;
  const floors = [...table.keys()].sort((a, b) => a - b);
  const top = floors.at(-1);
  if (top === undefined || floor < floors[0]) throw new RangeError(`no coefficient for floor ${floor}`);
  if (floor > top) return table.get(top)! + 100 * (floor - top);
  throw new RangeError(`no coefficient for floor ${floor}`);
}

export function costShares(netFen: number, homes: readonly ShareHome[], table: ReadonlyMap<number, number> = DEFAULT_COEFFICIENTS_PERMILLE): Share[] {
  if (!Number.isSafeInteger(netFen) || netFen < 0) throw new RangeError('net cost must be a whole, non-negative number of fen');
  const weighted = homes.map((h) => {
    const coefficientPermille = coefficientFor(h.floor, table);
    return { ...h, coefficientPermille, weight: BigInt(coefficientPermille) * BigInt(h.areaCentiM2) };
  });
  const total = weighted.reduce((s, h) => s + h.weight, 0n);
  if (total === 0n) {
    if (netFen > 0) throw new RangeError('no paying homes to share the cost');
    return weighted.map(({ weight: _w, ...h }) => ({ ...h, shareFen: 0 }));
  }
  const net = BigInt(netFen);
  const parts = weighted.map((h, index) => {
    const exact = net * h.weight;
    return { index, base: exact / total, remainder: exact % total };
  });
  let left = net - parts.reduce((s, p) => s + p.base, 0n);
  // Largest remainders first; ties go to the lower home id so the result is reproducible.
  const order = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? weighted[a.index].homeId - weighted[b.index].homeId : a.remainder > b.remainder ? -1 : 1,
  );
  for (const p of order) {
    if (left === 0n) break;
    p.base += 1n;
    left -= 1n;
  }
  return weighted.map(({ weight: _w, ...h }, i) => ({ ...h, shareFen: Number(parts[i].base) }));
}
