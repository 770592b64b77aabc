import { createRequire } from 'node:module';

type Store = { run<R>(store: unknown, callback: (...args: unknown[]) => R, ...args: unknown[]): R; getStore(): unknown };

/**
 * A store that holds its value for the synchronous extent of `run` only: the ORM's three
 * AsyncLocalStorage stores, replaced. On Node 20 the first `run` of any AsyncLocalStorage turns on
 * promise hooks for the rest of the process, and from then on every promise pays for carrying the
 * store along: a fifth of the throughput of a signed-in request (bench:signed-in). The ORM runs one
 * on every flush and every transaction. Nothing here needs them to reach across an await:
 * - the transaction store finds a transaction for an entity manager used without passing it; ours
 *   are forks, which never look (they are handed to the work that uses them);
 * - the flush store stops a flush inside a flush hook; our hooks are synchronous and never flush;
 * - the raw-fragment store keeps `raw()` fragments alive through `findAndCount`; none is used there.
 */
class CallScopedStore implements Store {
  /** How many the ORM made while it loaded: the stores it relies on, counted. */
  static made = 0;

  /** Outside every `run` it is back to undefined: each `run` restores the value it found. */
  private value: unknown;

  constructor() {
    CallScopedStore.made++;
  }

  run<R>(store: unknown, callback: (...args: unknown[]) => R, ...args: unknown[]): R {
    const outer = this.value;
    this.value = store;
    try {
      return callback(...args);
    } finally {
      this.value = outer;
    }
  }

  getStore(): unknown {
    return this.value;
  }

  enterWith(): never {
    throw new Error('A store entered for the rest of an asynchronous call needs AsyncLocalStorage');
  }

  disable() {
    this.value = undefined;
  }
}

/** The ORM release whose stores were read for the reasons above; another needs reading again. */
const ORM_VERSION = '6.6.16';
/** Its AsyncLocalStorage stores: the flush, raw-fragment, request and transaction stores. */
const ORM_STORES = 4;

/**
 * Node 24 runs AsyncLocalStorage on its async context frames, which leave promise hooks off: the
 * replacement is needed on older runtimes only (and where the frames are turned off by flag).
 */
export function needsCallScopedStores(version = process.versions.node, execArgv = process.execArgv): boolean {
  return Number(version.split('.')[0]) < 24 || execArgv.includes('--no-async-context-frame');
}

/**
 * Loads the ORM with call-scoped stores. Imported for this effect before anything else loads
 * `@mikro-orm/*` (first in the API's entry point and in the test setup): the ORM keeps the stores
 * it made when it was first loaded. It checks what it relies on and refuses to start otherwise.
 */
function loadOrmWithCallScopedStores(): void {
  const load = createRequire(__filename);
  if (Object.keys(load.cache).some((path) => /[\\/]@mikro-orm[\\/](core|knex)[\\/].*\.js$/.test(path)))
    throw new Error('MikroORM was loaded before common/orm-async-scope.ts: import it first');
  const { version } = load('@mikro-orm/core/package.json') as { version: string };
  if (version !== ORM_VERSION)
    throw new Error(`common/orm-async-scope.ts was written for MikroORM ${ORM_VERSION}, and ${version} is installed: read its stores again before use`);
  const asyncHooks = load('node:async_hooks') as { AsyncLocalStorage: unknown };
  const original = asyncHooks.AsyncLocalStorage;
  asyncHooks.AsyncLocalStorage = CallScopedStore;
  try {
    load('@mikro-orm/core');
    load('@mikro-orm/knex');
  } finally {
    asyncHooks.AsyncLocalStorage = original;
  }
  if (CallScopedStore.made !== ORM_STORES)
    throw new Error(`MikroORM made ${CallScopedStore.made} AsyncLocalStorage stores while it loaded, not ${ORM_STORES}: read them again`);
}

if (needsCallScopedStores()) loadOrmWithCallScopedStores();
