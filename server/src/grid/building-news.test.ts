import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, StaffViewer } from '../common/actor';
import { MatterCategory } from '../matters';
import { Notification } from '../notifications';
import { Building, IMPORT_HEADER } from '../register';
import { everyone, seedTwoCommunities, staffViewerOf, startTestApp, type TestApp } from '../test/harness';
import { GridRole } from './enums';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let office: StaffViewer;
let buildingId: number;
const anonymous: Actor = { kind: 'anonymous', sessionEnded: false };

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
  const csv = [IMPORT_HEADER, '甲社区,网格小区,3栋,1单元,1,101,80,G1', '乙社区,别处小区,9栋,1单元,1,101,80,G2'].join('\n');
  expect((await app.services.register.importHomes(app.orm.em.fork(), everyone, csv)).errors).toEqual([]);
  const em = app.orm.em.fork();
  buildingId = (await em.findOneOrFail(Building, { name: '3栋' })).id;
  office = await staffViewerOf(app, 'office-a');
});
afterAll(() => app?.close());

/** The grid's main use case through its service on a real database: the chain, and the building head told of news in the building. */
describe('the grid chain, through its service', () => {
  it("is set level by level, refuses a post under the wrong level, and tells a building's head of a matter raised there", async () => {
    const em = () => app.orm.em.fork();
    const grid = app.services.grid;
    const base = { communityId: seed.communityA, buildingId: null, area: null, phone: null };
    const head = await grid.setPost(em(), office, { ...base, role: GridRole.GRID_HEAD, name: '王网格', parentId: null });
    // A building head reports to a party group head, not straight to the grid head.
    await expect(
      grid.setPost(em(), office, { ...base, role: GridRole.BUILDING_HEAD, name: '李楼长', buildingId, parentId: head.id, phone: '13900001111' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'parentId' } });
    const group = await grid.setPost(em(), office, { ...base, role: GridRole.PARTY_GROUP_HEAD, name: '张组长', parentId: head.id });
    // Another community's office may not set this community's posts.
    const otherOffice = await staffViewerOf(app, 'office-b');
    await expect(grid.setPost(em(), otherOffice, { ...base, role: GridRole.PARTY_GROUP_HEAD, name: '越权', parentId: head.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await grid.setPost(em(), office, { ...base, role: GridRole.BUILDING_HEAD, name: '李楼长', buildingId, parentId: group.id, phone: '13900001111' });
    expect((await grid.list(em(), seed.communityA)).map((p) => p.role)).toEqual([GridRole.GRID_HEAD, GridRole.PARTY_GROUP_HEAD, GridRole.BUILDING_HEAD]);

    // News of the building reaches its head through the kit's building news, in the raise's own transaction.
    const m = await app.services.matters.raising.raise(em(), anonymous, {
      pavilionId: seed.pavilionA,
      category: MatterCategory.SAFETY,
      buildingId,
      title: '楼道灯坏了',
      description: '',
    });
    const told = await em().find(Notification, { phone: '13900001111' });
    expect(told.map((n) => [n.trackingCode, n.text])).toEqual([[m.trackingCode, `【楼栋长】楼内有居民说事：楼道灯坏了，查询码 ${m.trackingCode}`]]);
  });
});
