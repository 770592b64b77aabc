import type { EntityManager } from '@mikro-orm/knex';
import { newCode, TRACKING_CODE_LENGTH } from '../common/codes';
import { MatterCategory, MatterEventKind, MatterStatus, NoticeKind, ResolutionOutcome, MatterEvent, Matter, Notice } from '../matters';
import { Community, Home, Pavilion } from '../register';
import { rng } from './rng';

/**
 * A year of matters for the demo, so that boards, figures and statistics show something on the
 * first start: most done, some in hand, a few waiting; triage mostly within two hours. Seeded, so
 * every machine gets the same history (tracking codes aside).
 */
const TEMPLATES: Array<[MatterCategory, string[]]> = [
  [MatterCategory.ELEVATOR, ['老楼加装电梯', '电梯经常停运', '加装电梯费用分摊']],
  [MatterCategory.PARKING, ['小区停车位不够', '消防通道被占用', '电动车充电桩']],
  [MatterCategory.FEES, ['物业费收费标准', '公共收益公开', '水电公摊费用']],
  [MatterCategory.FUNDRAISING, ['使用维修资金修屋顶', '外墙维修筹资']],
  [MatterCategory.ENVIRONMENT, ['垃圾清运不及时', '绿化带杂草', '楼道堆放杂物']],
  [MatterCategory.SAFETY, ['单元门禁损坏', '高空抛物', '消防栓没水']],
  [MatterCategory.REPAIR, ['楼道灯不亮', '下水道堵塞', '屋顶漏水', '路面坑洼']],
  [MatterCategory.NEIGHBOURS, ['装修噪音扰民', '不文明养犬', '楼上漏水纠纷']],
  [MatterCategory.CONVENTION, ['制定居民文明公约', '修订养犬公约']],
  [MatterCategory.OTHER, ['老年食堂开放时间', '增加健身器材']],
];

export async function loadDemoHistory(em: EntityManager, now = new Date(), perCommunity = 120): Promise<number> {
  const rand = rng(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const communities = await em.find(Community, {}, { orderBy: { id: 'asc' } });
  const pavilions = await em.find(Pavilion, {}, { orderBy: { id: 'asc' } });
  const day = 86_400_000;
  let count = 0;
  for (const c of communities) {
    const ps = pavilions.filter((p) => p.community.id === c.id);
    const homes = await em.find(Home, { unit: { building: { estate: { community: c.id } } } }, { fields: ['id'], limit: 400, orderBy: { id: 'asc' } });
    const matters: Matter[] = [];
    const plans: Array<{ m: Matter; triageMin: number; days: number; rating: number | null; outcome: ResolutionOutcome | null }> = [];
    for (let i = 0; i < perCommunity; i++) {
      const drawn = Math.pow(rand(), 0.7) * 330 * day; // more recent matters than old ones
      // The first two of each community have waited untriaged for hours: a demo shows the overdue list.
      const age = i < 2 ? (2 + i) * 3_600_000 : drawn;
      const createdAt = new Date(now.getTime() - age - 3_600_000);
      const [category, titles] = pick(TEMPLATES);
      const ageDays = age / day;
      // Old matters are mostly done; recent ones are still moving.
      const r = rand();
      const status =
        ageDays > 40
          ? r < 0.9
            ? MatterStatus.COMPLETED
            : MatterStatus.DECLINED
          : ageDays > 7
            ? r < 0.55
              ? MatterStatus.COMPLETED
              : r < 0.85
                ? MatterStatus.IN_EXECUTION
                : MatterStatus.ON_AGENDA
            : ageDays > 0.15
              ? r < 0.4
                ? MatterStatus.IN_EXECUTION
                : r < 0.75
                  ? MatterStatus.ON_AGENDA
                  : MatterStatus.SUBMITTED
              : MatterStatus.SUBMITTED;
      const triageMin = rand() < 0.85 ? 10 + Math.floor(rand() * 100) : 120 + Math.floor(rand() * 600);
      const days = 1 + Math.floor(rand() * 20);
      const done = status === MatterStatus.COMPLETED;
      const m = em.create(Matter, {
        trackingCode: newCode(TRACKING_CODE_LENGTH),
        title: pick(titles),
        description: '',
        category,
        status,
        pavilion: pick(ps),
        community: c,
        raisedBy: homes.length && rand() < 0.6 ? pick(homes).id : null,
        createdAt,
        triagedAt: status === MatterStatus.SUBMITTED ? null : new Date(createdAt.getTime() + triageMin * 60_000),
        completedAt: done ? new Date(createdAt.getTime() + days * day) : null,
        progress: done ? 100 : status === MatterStatus.IN_EXECUTION ? 10 * (1 + Math.floor(rand() * 8)) : 0,
        secondCount: Math.floor(rand() * 12),
        declineReason: status === MatterStatus.DECLINED ? '属于物业公司合同内事项，已转物业公司处理' : null,
        rating: done && rand() < 0.7 ? (rand() < 0.85 ? 4 + Math.floor(rand() * 2) : 1 + Math.floor(rand() * 3)) : null,
        followUp: false,
      });
      m.ratedAt = m.rating ? m.completedAt : null;
      const outcome =
        status === MatterStatus.ON_AGENDA || status === MatterStatus.SUBMITTED || status === MatterStatus.DECLINED
          ? null
          : rand() < 0.3
            ? ResolutionOutcome.EXECUTE
            : null;
      if (outcome) {
        m.resolutionOutcome = outcome;
        m.resolutionSummary = '经支部议事，交社区办理';
        m.resolvedAt = new Date(createdAt.getTime() + (triageMin + 2 * 24 * 60) * 60_000);
      }
      matters.push(m);
      plans.push({ m, triageMin, days, rating: m.rating ?? null, outcome });
      count++;
    }
    await em.flush();
    for (const { m, days, outcome } of plans) {
      const at = (ms: number) => new Date(m.createdAt.getTime() + ms);
      em.create(MatterEvent, { matter: m, at: m.createdAt, status: MatterStatus.SUBMITTED, kind: MatterEventKind.RAISED });
      if (m.status === MatterStatus.SUBMITTED) continue;
      if (m.status === MatterStatus.DECLINED) {
        em.create(MatterEvent, { matter: m, at: m.triagedAt!, status: MatterStatus.DECLINED, kind: MatterEventKind.TRIAGED, note: m.declineReason });
        continue;
      }
      em.create(MatterEvent, {
        matter: m,
        at: m.triagedAt!,
        status: outcome ? MatterStatus.ON_AGENDA : m.status === MatterStatus.ON_AGENDA ? MatterStatus.ON_AGENDA : MatterStatus.IN_EXECUTION,
        kind: MatterEventKind.TRIAGED,
      });
      if (outcome && m.resolvedAt) {
        em.create(MatterEvent, { matter: m, at: m.resolvedAt, status: MatterStatus.IN_EXECUTION, kind: MatterEventKind.RESOLVED, note: m.resolutionSummary });
        em.create(Notice, {
          matter: m,
          community: m.community,
          kind: NoticeKind.RESOLUTION,
          title: m.title,
          body: m.resolutionSummary!,
          publishedAt: m.resolvedAt,
        });
      }
      if (m.status === MatterStatus.IN_EXECUTION)
        em.create(MatterEvent, { matter: m, at: at(day), status: m.status, kind: MatterEventKind.PROGRESS, note: '已安排服务队', progress: m.progress });
      if (m.status === MatterStatus.COMPLETED) {
        em.create(MatterEvent, {
          matter: m,
          at: m.completedAt!,
          status: MatterStatus.COMPLETED,
          kind: MatterEventKind.COMPLETED,
          note: '已办结',
          progress: 100,
        });
        if (m.rating) em.create(MatterEvent, { matter: m, at: at(days * day + 3_600_000), status: MatterStatus.COMPLETED, kind: MatterEventKind.RATED });
      }
    }
    await em.flush();
    em.clear();
  }
  return count;
}
