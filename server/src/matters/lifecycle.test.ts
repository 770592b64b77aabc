import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors';
import { MatterStatus as S, MatterStep } from './enums';
import { can, next, stepOf, type MatterAction } from './lifecycle';

describe('lifecycle', () => {
  it.each<[S, MatterAction, S]>([
    [S.SUBMITTED, 'TRIAGE_DELIBERATE', S.ON_AGENDA],
    [S.SUBMITTED, 'TRIAGE_ROUTE_TO_OFFICE', S.IN_EXECUTION],
    [S.SUBMITTED, 'TRIAGE_DECLINE', S.DECLINED],
    [S.SUBMITTED, 'MERGE', S.MERGED],
    [S.ON_AGENDA, 'RESOLVE_EXECUTE', S.IN_EXECUTION],
    [S.ON_AGENDA, 'RESOLVE_PUT_TO_VOTE', S.ON_AGENDA],
    [S.ON_AGENDA, 'RESOLVE_DECLINE', S.DECLINED],
    [S.ON_AGENDA, 'OPEN_VOTE', S.VOTING],
    [S.VOTING, 'VOTE_PASSED', S.IN_EXECUTION],
    [S.VOTING, 'VOTE_FAILED', S.VOTE_FAILED],
    [S.IN_EXECUTION, 'REPORT_PROGRESS', S.IN_EXECUTION],
    [S.IN_EXECUTION, 'COMPLETE', S.COMPLETED],
    [S.COMPLETED, 'RATE', S.COMPLETED],
  ])('%s --%s--> %s', (from, action, to) => expect(next(from, action)).toBe(to));

  it.each<[S, MatterAction]>([
    [S.ON_AGENDA, 'TRIAGE_DELIBERATE'],
    [S.COMPLETED, 'COMPLETE'],
    [S.DECLINED, 'SECOND'],
    [S.VOTING, 'RESOLVE_EXECUTE'],
    [S.IN_EXECUTION, 'RATE'],
    [S.MERGED, 'MERGE_TARGET'],
  ])('refuses %s --%s with CONFLICT naming the status', (from, action) => {
    expect(can(from, action)).toBe(false);
    try {
      next(from, action);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('CONFLICT');
      expect((e as DomainError).message).toContain(from);
    }
  });

  it('maps each status to its step', () => {
    expect(stepOf(S.SUBMITTED)).toBe(MatterStep.RAISE);
    expect(stepOf(S.VOTING)).toBe(MatterStep.DELIBERATE);
    expect(stepOf(S.IN_EXECUTION)).toBe(MatterStep.EXECUTE);
    for (const s of [S.COMPLETED, S.DECLINED, S.MERGED, S.VOTE_FAILED]) expect(stepOf(s)).toBe(MatterStep.DONE);
  });
});
