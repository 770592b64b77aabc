import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { requireStaff } from '../common/guards';
import { parseOptionalId } from '../common/ids';
import type { Context } from '../graphql/context';
import { auditEntries } from './audit-log';
import type { AuditService } from './audit.service';
import { AuditChainCheck, AuditEntryPage, AuditFilter } from './audit.types';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryPage, { description: 'The audit log, newest first (staff: the rows of their communities and their own).' })
  auditEntries(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('offset', () => Int, { nullable: true }) offset?: number,
  ): Promise<AuditEntryPage> {
    return auditEntries(ctx.em, ctx.actor, { ...filter, matterId: parseOptionalId(filter?.matterId, 'matterId') }, first ?? 20, offset ?? 0);
  }

  @Query(() => AuditChainCheck, { description: 'Walks the whole hash chain and names the first row that does not hold (staff).' })
  async auditChain(@Ctx() ctx: Context): Promise<AuditChainCheck> {
    requireStaff(ctx.actor);
    const { rows, broken } = await this.audit.verify(ctx.em.fork());
    return { soundRows: rows, sound: !broken, brokenAt: broken?.id ?? null, reason: broken?.reason ?? null };
  }
}
