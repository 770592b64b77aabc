import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Notification } from '../notifications';
import { Building } from '../register';
import { loginAs, residentsOf, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';
import { GridRole } from './enums';
import { GridPost } from './grid-post.entity';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let buildingA: string;
const tokens: Record<string, string> = {};
const SET = 'mutation($i: GridPostInput!) { setGridPost(input: $i) { id role name area building { name } parent { name } phone } }';
const IMPORT = 'mutation($csv: String!) { importGridPosts(csv: $csv) { created updated errors { line message } } }';
const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  app = await startTestApp({}, { settings: { raisePerPavilionPerMinute: 1000, raisePerHomePerHour: 1000, reportPerPavilionPerMinute: 1000 } });
  seed = await seedTwoCommunities(app);
  await residentsOf(app, '甲社区', 2, '甲小区');
  for (const u of ['street', 'office-a', 'office-b', 'secretary-a']) tokens[u] = await loginAs(app, u);
  buildingA = String((await app.orm.em.fork().findOneOrFail(Building, { estate: { name: '甲小区' } })).id);
});
afterAll(() => app?.close());

describe('the grid chain', () => {
  let gridHead: string;
  let groupHead: string;

  it('is set post by post, each reporting to the level above in the same community', async () => {
    const a = String(seed.communityA);
    expect(code(await app.gql(SET, { i: { role: 'GRID_HEAD', name: '王网格', communityId: a } }, tokens['office-b']))).toBe('FORBIDDEN');
    gridHead = (await app.gql(SET, { i: { role: 'GRID_HEAD', name: '王网格', communityId: a, area: '一网格' } }, tokens['office-a'])).data.setGridPost.id;
    expect(
      code(await app.gql(SET, { i: { role: 'BUILDING_HEAD', name: '李楼长', communityId: a, buildingId: buildingA, parentId: gridHead } }, tokens['office-a'])),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(await app.gql(SET, { i: { role: 'PARTY_GROUP_HEAD', name: '赵组长', communityId: String(seed.communityB), parentId: gridHead } }, tokens.street)),
    ).toBe('BAD_USER_INPUT');
    groupHead = (await app.gql(SET, { i: { role: 'PARTY_GROUP_HEAD', name: '赵组长', communityId: a, parentId: gridHead } }, tokens['secretary-a'])).data
      .setGridPost.id;
    expect(code(await app.gql(SET, { i: { role: 'BUILDING_HEAD', name: '李楼长', communityId: a, parentId: groupHead } }, tokens['office-a']))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      code(
        await app.gql(
          SET,
          { i: { role: 'BUILDING_HEAD', name: '李楼长', communityId: a, buildingId: buildingA, parentId: groupHead, phone: '123' } },
          tokens['office-a'],
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const head = await app.gql(
      SET,
      { i: { role: 'BUILDING_HEAD', name: '李楼长', communityId: a, buildingId: buildingA, parentId: groupHead, phone: '13912345678' } },
      tokens['office-a'],
    );
    expect(head.data.setGridPost).toMatchObject({ role: 'BUILDING_HEAD', building: { name: '1栋' }, parent: { name: '赵组长' }, phone: '13912345678' });
    // One head per building: setting it again replaces the name.
    await app.gql(
      SET,
      { i: { role: 'BUILDING_HEAD', name: '李秀英', communityId: a, buildingId: buildingA, parentId: groupHead, phone: '13912345678' } },
      tokens['office-a'],
    );
    expect(await app.orm.em.fork().count(GridPost, { role: GridRole.BUILDING_HEAD })).toBe(1);
  });

  it('shows names and posts to anyone, phones to staff of the community only', async () => {
    const q = 'query($c: ID!) { grid(communityId: $c) { role name phone parent { name } children { name } } }';
    const pub = (await app.gql(q, { c: String(seed.communityA) })).data.grid;
    expect(pub.find((p: { role: string }) => p.role === 'BUILDING_HEAD')).toMatchObject({ name: '李秀英', phone: null, parent: { name: '赵组长' } });
    expect(pub.find((p: { role: string }) => p.role === 'GRID_HEAD').children).toEqual([{ name: '赵组长' }]);
    const staff = (await app.gql(q, { c: String(seed.communityA) }, tokens['office-a'])).data.grid;
    expect(staff.find((p: { role: string }) => p.role === 'BUILDING_HEAD').phone).toBe('13912345678');
    const other = (await app.gql(q, { c: String(seed.communityA) }, tokens['office-b'])).data.grid;
    expect(other.find((p: { role: string }) => p.role === 'BUILDING_HEAD').phone).toBeNull();
  });

  it('tells the building head of a matter raised or a repair reported in the building, through the outbox', async () => {
    const before = await app.orm.em.fork().count(Notification, { phone: '13912345678' });
    const raised = await app.gql('mutation($i: RaiseMatterInput!) { raiseMatter(input: $i) { trackingCode } }', {
      i: { pavilionId: String(seed.pavilionA), category: 'SAFETY', problemId: 'SAFETY_LIGHT', buildingId: buildingA },
    });
    expect(raised.errors).toBeUndefined();
    const reported = await app.gql('mutation($i: ReportRepairInput!) { reportRepair(input: $i) { trackingCode } }', {
      i: { pavilionId: String(seed.pavilionA), itemCode: 'FAC-01', buildingId: buildingA },
    });
    expect(reported.errors).toBeUndefined();
    const texts = (await app.orm.em.fork().find(Notification, { phone: '13912345678' }, { orderBy: { id: 'asc' } })).slice(before).map((n) => n.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain(raised.data.raiseMatter.trackingCode);
    expect(texts[1]).toContain(reported.data.reportRepair.trackingCode);
  });

  it('imports from CSV all or nothing, every bad line reported, parents by name top down', async () => {
    const header = 'community,role,name,estate,building,area,parent,phone';
    const bad = [
      header,
      '乙社区,GRID_HEAD,钱网格,,,二网格,,',
      '乙社区,BUILDING_HEAD,孙楼长,乙小区,9栋,,钱网格,',
      '乙社区,CAPTAIN,周某,,,,,',
      '无此社区,GRID_HEAD,吴某,,,,,',
    ];
    const res = await app.gql(IMPORT, { csv: bad.join('\n') }, tokens['office-b']);
    expect(res.data.importGridPosts.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5]);
    expect(await app.orm.em.fork().count(GridPost, { community: seed.communityB })).toBe(0);
    const good = [header, '乙社区,GRID_HEAD,钱网格,,,二网格,,', '乙社区,PARTY_GROUP_HEAD,孙组长,,,,钱网格,', '乙社区,VOLUNTEER,周志愿,,,,孙组长,'];
    const wrongLevel = await app.gql(IMPORT, { csv: good.join('\n') }, tokens['office-b']);
    expect(wrongLevel.data.importGridPosts.errors.map((e: { line: number }) => e.line)).toEqual([4]);
    const ok = await app.gql(IMPORT, { csv: good.slice(0, 3).join('\n') }, tokens['office-b']);
    expect(ok.data.importGridPosts).toEqual({ created: 2, updated: 0, errors: [] });
    expect(code(await app.gql(IMPORT, { csv: good.slice(0, 2).join('\n') }, tokens['office-a']))).toBeUndefined();
    expect((await app.gql(IMPORT, { csv: good.slice(0, 2).join('\n') }, tokens['office-a'])).data.importGridPosts.errors[0].message).toContain(
      'not your community',
    );
  });

  it('takes a file of 2,000 lines, past the 10,000-character cap of ordinary text', async () => {
    const header = 'community,role,name,estate,building,area,parent,phone';
    const lines = [header, '甲社区,GRID_HEAD,大网格长,,,全社区网格,,13800138000'];
    for (let i = 1; i < 2000; i++)
      lines.push(`甲社区,PARTY_GROUP_HEAD,党小组长${String(i).padStart(4, '0')},,,第${i}党小组,大网格长,1380013${String(i).padStart(4, '0')}`);
    const csv = lines.join('\n');
    expect(csv.length).toBeGreaterThan(10_000);
    const res = await app.gql(IMPORT, { csv }, tokens['office-a']);
    expect(res.errors).toBeUndefined();
    expect(res.data.importGridPosts).toEqual({ created: 2000, updated: 0, errors: [] });
    // Ordinary text arguments keep the cap.
    const long = await app.gql(SET, { i: { role: 'GRID_HEAD', name: '长'.repeat(10_001), communityId: String(seed.communityA) } }, tokens['office-a']);
    expect(code(long)).toBe('BAD_USER_INPUT');
  });

  it('refuses in a file what it refuses in the form: control and invisible characters, tabs in names, over-long areas', async () => {
    const header = 'community,role,name,estate,building,area,parent,phone';
    const before = await app.orm.em.fork().count(GridPost, {});
    const form = (name: string, area?: string) =>
      app.gql(SET, { i: { role: 'GRID_HEAD', name, area, communityId: String(seed.communityA) } }, tokens['office-a']);
    const file = (line: string) => app.gql(IMPORT, { csv: `${header}\n${line}` }, tokens['office-a']);
    // C1 controls and bidirectional overrides are refused at the edge, whatever the argument.
    for (const name of ['王\u0085网格', '王\u202E格网']) {
      expect(code(await form(name))).toBe('BAD_USER_INPUT');
      expect(code(await file(`甲社区,GRID_HEAD,${name},,,,,`))).toBe('BAD_USER_INPUT');
    }
    // Zero-width characters, a tab inside a name and an area over 100 characters: the same rule on both paths.
    const cases: Array<[string, string | undefined, string]> = [
      ['王\u200B网格', undefined, 'name'],
      ['王\t网格', undefined, 'name'],
      ['王网格', '区'.repeat(101), 'area'],
    ];
    for (const [name, area, field] of cases) {
      const refused = await form(name, area);
      expect(code(refused)).toBe('BAD_USER_INPUT');
      const res = await file(`甲社区,GRID_HEAD,${name},,,${area ?? ''},,`);
      expect(res.data.importGridPosts.created).toBe(0);
      expect(res.data.importGridPosts.errors[0]).toMatchObject({ line: 2 });
      expect(res.data.importGridPosts.errors[0].message).toContain(field);
    }
    expect(await app.orm.em.fork().count(GridPost, {})).toBe(before);
  });
});
