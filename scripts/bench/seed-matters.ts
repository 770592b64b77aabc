import { randomInt } from 'node:crypto';
import { newCode, TRACKING_CODE_LENGTH } from '../../server/src/common/codes';
import { MatterCategory, MatterStatus, MatterEvent, Matter } from '../../server/src/matters';
import type { Orm } from '../../server/src/orm.config';
import { Branch, Community, Pavilion } from '../../server/src/register';

/** A register of 12 communities with 87 pavilions and `count` matters spread over them, each with events. */
export async function seedMatters(orm: Orm, count: number): Promise<{ pavilionIds: number[] }> {
  const em = orm.em.fork();
  const branch = em.create(Branch, { name: '基准支部' });
  const pavilions: Pavilion[] = [];
  for (let c = 0; c < 12; c++) {
    const community = em.create(Community, { name: `基准社区${c}`, branch });
    for (let p = 0; p < (c < 3 ? 8 : 7); p++) pavilions.push(em.create(Pavilion, { name: `基准${c}-${p}号亭`, community }));
  }
  await em.flush();
  const statuses = [MatterStatus.SUBMITTED, MatterStatus.ON_AGENDA, MatterStatus.IN_EXECUTION, MatterStatus.COMPLETED];
  const categories = Object.values(MatterCategory);
  const start = Date.now() - 365 * 24 * 3600_000;
  const codes = new Set<string>();
  for (let done = 0; done < count;) {
    const batch = Math.min(2000, count - done);
    const rows = [];
    for (let i = 0; i < batch; i++) {
      let code = newCode(TRACKING_CODE_LENGTH);
      while (codes.has(code)) code = newCode(TRACKING_CODE_LENGTH);
      codes.add(code);
      const p = pavilions[randomInt(pavilions.length)];
      rows.push({
        trackingCode: code,
        title: `基准事项${done + i}`,
        description: '用于测量看板查询的事项',
        category: categories[randomInt(categories.length)],
        status: statuses[randomInt(statuses.length)],
        pavilion: p.id,
        community: p.community.id,
        createdAt: new Date(start + Math.floor(((done + i) / count) * 365 * 24 * 3600_000)),
        progress: 0,
        secondCount: randomInt(20),
        followUp: false,
        version: 1,
      });
    }
    // One multi-row insert on SQLite takes consecutive ids after the current maximum.
    const [{ max }] = await em.execute<Array<{ max: number | null }>>('select max(id) as max from matter');
    await em.insertMany(Matter, rows as never);
    const firstId = (max ?? 0) + 1;
    const events = rows.flatMap((r, i) => [
      { matter: firstId + i, at: r.createdAt, status: MatterStatus.SUBMITTED, kind: 'RAISED' },
      { matter: firstId + i, at: new Date(r.createdAt.getTime() + 3600_000), status: r.status, kind: 'TRIAGED', note: '转入议事' },
    ]);
    for (let i = 0; i < events.length; i += 1000) await em.insertMany(MatterEvent, events.slice(i, i + 1000) as never);
    done += batch;
  }
  return { pavilionIds: pavilions.map((p) => p.id) };
}
