import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coefficientFor, costShares, DEFAULT_COEFFICIENTS_PERMILLE } from './cost-share';

describe('elevator cost share', () => {
  it('follows the formula: floors 1-2 free, the rest by coefficient times area', () => {
    const homes = [
      { homeId: 1, floor: 1, areaCentiM2: 80_00 },
      { homeId: 2, floor: 2, areaCentiM2: 80_00 },
      { homeId: 3, floor: 3, areaCentiM2: 100_00 },
      { homeId: 4, floor: 6, areaCentiM2: 100_00 },
    ];
    // net 170,000.00 yuan; weights 700*100 and 1000*100: shares 70,000 and 100,000 yuan.
    const shares = costShares(17_000_000, homes);
    expect(shares.map((s) => s.shareFen)).toEqual([0, 0, 7_000_000, 10_000_000]);
    expect(shares.map((s) => s.coefficientPermille)).toEqual([0, 0, 700, 1000]);
  });

  it('rounds by largest remainder so the shares add up to the fen', () => {
    const homes = [3, 4, 5].map((floor, i) => ({ homeId: i + 1, floor, areaCentiM2: 100_00 }));
    // weights 700, 800, 900 of 2400; 100 fen: 29.17, 33.33, 37.5 -> 29, 33, 38 (37.5 has the largest remainder).
    expect(costShares(100, homes).map((s) => s.shareFen)).toEqual([29, 33, 38]);
  });

  it('extends the table above floor 9 by its step', () => {
    expect(coefficientFor(10, DEFAULT_COEFFICIENTS_PERMILLE)).toBe(1400);
    expect(coefficientFor(2, DEFAULT_COEFFICIENTS_PERMILLE)).toBe(0);
  });

  it('always adds up exactly, never goes negative, and is fair to the fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_00 }),
        fc.array(fc.record({ floor: fc.integer({ min: 1, max: 12 }), areaCentiM2: fc.integer({ min: 1, max: 500_00 }) }), { minLength: 1, maxLength: 60 }),
        (net, raw) => {
          const homes = raw.map((h, i) => ({ ...h, homeId: i + 1 }));
          fc.pre(net === 0 || homes.some((h) => h.floor > 2));
          const shares = costShares(net, homes);
          const sum = shares.reduce((s, x) => s + x.shareFen, 0);
          const weights = shares.map((s) => BigInt(s.coefficientPermille) * BigInt(s.areaCentiM2));
          const total = weights.reduce((s, w) => s + w, 0n);
          return (
            sum === net &&
            shares.every((s) => s.shareFen >= 0 && (s.floor > 2 || s.shareFen === 0)) &&
            // Each share is its exact value rounded down or up by at most one fen.
            shares.every((s, i) => total === 0n || Math.abs(Number(BigInt(net) * weights[i] - BigInt(s.shareFen) * total)) <= Number(total))
          );
        },
      ),
    );
  });
});
