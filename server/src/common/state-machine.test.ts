import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { allowedActions, stateMachine } from './state-machine';

type Door = 'OPEN' | 'SHUT' | 'LOCKED';
const door = stateMachine<Door, 'CLOSE' | 'LOCK' | 'OPEN' | 'KNOCK'>(
  'door',
  {
    CLOSE: { from: ['OPEN'], to: 'SHUT', describe: 'be closed' },
    LOCK: { from: ['SHUT'], to: 'LOCKED' },
    OPEN: { from: ['SHUT'], to: 'OPEN', describe: 'be opened' },
    KNOCK: { from: ['SHUT', 'LOCKED'], to: null },
  },
  'state',
);

describe('the state machine of every lifecycle', () => {
  it('answers the next state, the same state for a change that keeps it, and CONFLICT naming the state otherwise', () => {
    expect(door.next('OPEN', 'CLOSE')).toBe('SHUT');
    expect(door.next('LOCKED', 'KNOCK')).toBe('LOCKED');
    expect(door.may('OPEN', 'LOCK')).toBe(false);
    let error: unknown;
    try {
      door.next('LOCKED', 'OPEN');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'A door that is LOCKED cannot be opened', details: { state: 'LOCKED' } });
    expect(() => door.next('OPEN', 'LOCK')).toThrow('A door that is OPEN cannot be changed this way (LOCK)');
    expect(door.from('KNOCK')).toEqual(['SHUT', 'LOCKED']);
  });

  it('offers the actions whose rule holds, in the order the rules are listed', () => {
    const rules = {
      CLOSE: (s: Door) => door.may(s, 'CLOSE'),
      KNOCK: (s: Door) => door.may(s, 'KNOCK'),
      OPEN: (s: Door) => door.may(s, 'OPEN'),
    };
    expect(allowedActions(rules, 'SHUT')).toEqual(['KNOCK', 'OPEN']);
    expect(allowedActions(rules, 'OPEN')).toEqual(['CLOSE']);
  });
});
