import { conflict } from './errors';

/** One transition of a lifecycle: the states it may start from and the one it leads to (null: unchanged). */
export interface Transition<S extends string> {
  from: readonly S[];
  to: S | null;
  /** What the thing cannot do in the wrong state, for the CONFLICT: "A matter that is X cannot …". */
  describe?: string;
}

/**
 * The one state machine of every lifecycle (matters, work orders, conventions): a table of
 * transitions. `next` answers the state after a transition, or CONFLICT naming the state that does
 * not allow it (in `details[key]`); `may` says whether it is allowed now.
 */
export function stateMachine<S extends string, T extends string>(what: string, table: Record<T, Transition<S>>, key = 'status') {
  return {
    table,
    may(state: S, t: T): boolean {
      return table[t].from.includes(state);
    },
    next(state: S, t: T): S {
      const rule = table[t];
      if (!rule.from.includes(state)) throw conflict(`A ${what} that is ${state} cannot ${rule.describe ?? `be changed this way (${t})`}`, { [key]: state });
      return rule.to ?? state;
    },
    from(t: T): readonly S[] {
      return table[t].from;
    },
  };
}

/**
 * The actions whose rule holds for this thing and this actor now, in the order the rules are
 * listed: what a client offers, from the same rules the services enforce.
 */
export function allowedActions<A extends string, C>(rules: Record<A, (c: C) => boolean>, c: C): A[] {
  return (Object.keys(rules) as A[]).filter((a) => rules[a](c));
}
