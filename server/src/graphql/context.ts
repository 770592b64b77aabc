import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { Actor } from '../common/actor';

/** What a resolver gets for one request or one subscription event; services never see it. */
export interface Context {
  /** A fork of the ORM's entity manager, one per request or subscription event. */
  em: EntityManager;
  actor: Actor;
  /** The bearer token sent with the request, if any. */
  token?: string;
  requestId: string;
  readonly log: Logger;
}
