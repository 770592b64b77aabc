import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homesCsv, loginAs, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';
import { COMMON_PROBLEMS } from './common-problems';
import { RaiseDraft } from './raise-draft.entity';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let staff: string;
/** Ids of the register: 甲社区's 测试小区 with 1栋 (units 1 and 2), and 乙社区's 1栋. */
const place = { building: '', unit1: '', unit2: '', otherBuilding: '', otherUnit: '' };

const RAISE = `mutation($input: RaiseMatterInput!) {
  raiseMatter(input: $input) { id title description problemId place building { id name } unit { id name } }
}`;
const TREE = `query($id: ID!) { pavilion(id: $id) { community { estates { name buildings { id name units { id name } } } } } }`;

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
  staff = await loginAs(app, 'street');
  for (const [community, pavilion] of [
    ['甲社区', seed.pavilionA],
    ['乙社区', seed.pavilionB],
  ] as const) {
    const imported = await app.gql('mutation($csv: String!) { importHomes(csv: $csv) { created } }', { csv: homesCsv(community, { units: 2 }) }, staff);
    expect(imported.data.importHomes.created).toBeGreaterThan(0);
    const tree = await app.gql(TREE, { id: String(pavilion) });
    const b = tree.data.pavilion.community.estates[0].buildings[0];
    if (community === '甲社区') Object.assign(place, { building: b.id, unit1: b.units[0].id, unit2: b.units[1].id });
    else Object.assign(place, { otherBuilding: b.id, otherUnit: b.units[0].id });
  }
});
afterAll(() => app?.close());

describe('raising with taps only', () => {
  it('serves the common problems of each category, the general entry last', async () => {
    const res = await app.gql('{ commonProblems(category: SAFETY) { id category title titleEn general } }');
    const list = res.data.commonProblems as Array<{ id: string; category: string; general: boolean }>;
    expect(list.length).toBeGreaterThan(2);
    expect(list.every((p) => p.category === 'SAFETY')).toBe(true);
    expect(list.at(-1)!.general).toBe(true);
    expect(list.slice(0, -1).every((p) => !p.general)).toBe(true);
    const all = await app.gql('{ commonProblems { id } }');
    expect(all.data.commonProblems).toHaveLength(COMMON_PROBLEMS.length);
    expect(new Set(COMMON_PROBLEMS.map((p) => p.id)).size).toBe(COMMON_PROBLEMS.length);
  });

  it('makes a good matter from a problem and a unit: the title names both, staff see the place', async () => {
    const res = await app.gql(RAISE, { input: { pavilionId: String(seed.pavilionA), category: 'SAFETY', problemId: 'SAFETY_LIGHT', unitId: place.unit2 } });
    expect(res.errors).toBeUndefined();
    const m = res.data.raiseMatter;
    expect(m.title).toBe('楼道灯不亮（1栋2单元）');
    expect(m.description).toBe('');
    expect(m.problemId).toBe('SAFETY_LIGHT');
    expect(m.place).toBe('测试小区 1栋2单元');
    expect(m.building).toEqual({ id: place.building, name: '1栋' });
    expect(m.unit).toEqual({ id: place.unit2, name: '2单元' });
    // The board reads rows; the place comes with them.
    const board = await app.gql('query($c: ID!) { matters(filter: { communityId: $c }) { edges { node { id place building { name } } } } }', {
      c: String(seed.communityA),
    });
    expect(board.data.matters.edges.find((e: { node: { id: string } }) => e.node.id === m.id).node).toEqual({
      id: m.id,
      place: '测试小区 1栋2单元',
      building: { name: '1栋' },
    });
  });

  it('keeps typed words when there are some, and needs them without a problem', async () => {
    const typed = await app.gql(RAISE, {
      input: {
        pavilionId: String(seed.pavilionA),
        category: 'REPAIR',
        problemId: 'REPAIR_DOOR',
        buildingId: place.building,
        title: '单元门关不上了',
        description: '门锁坏了',
      },
    });
    expect(typed.data.raiseMatter).toMatchObject({ title: '单元门关不上了', description: '门锁坏了', place: '测试小区 1栋', unit: null });
    const bare = await app.gql(RAISE, { input: { pavilionId: String(seed.pavilionA), category: 'REPAIR' } });
    expect(bare.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const short = await app.gql(RAISE, { input: { pavilionId: String(seed.pavilionA), category: 'REPAIR', problemId: 'REPAIR_DOOR', title: '门' } });
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a problem of another category, a unit of another building and a building of another community', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ category: 'PARKING', problemId: 'SAFETY_LIGHT' }, 'BAD_USER_INPUT'],
      [{ category: 'SAFETY', problemId: 'NO_SUCH_PROBLEM' }, 'BAD_USER_INPUT'],
      [{ category: 'SAFETY', problemId: 'SAFETY_LIGHT', buildingId: place.otherBuilding, unitId: place.unit1 }, 'BAD_USER_INPUT'],
      [{ category: 'SAFETY', problemId: 'SAFETY_LIGHT', buildingId: place.otherBuilding }, 'FORBIDDEN'],
      [{ category: 'SAFETY', problemId: 'SAFETY_LIGHT', unitId: place.otherUnit }, 'FORBIDDEN'],
      [{ category: 'SAFETY', problemId: 'SAFETY_LIGHT', unitId: '999999' }, 'BAD_USER_INPUT'],
      [{ category: 'SAFETY', problemId: 'SAFETY_LIGHT', unitId: '1.5' }, 'BAD_USER_INPUT'],
    ];
    const before = await app.orm.em.fork().count('Matter');
    for (const [input, code] of cases) {
      const res = await app.gql(RAISE, { input: { pavilionId: String(seed.pavilionA), ...input } });
      expect(res.errors?.[0].extensions?.code, JSON.stringify(input)).toBe(code);
    }
    expect(await app.orm.em.fork().count('Matter')).toBe(before);
  });
});

describe('continuing on a phone', () => {
  const SAVE = 'mutation($input: RaiseChoiceInput!) { saveRaiseDraft(input: $input) { code place sent expiresAt } }';
  const READ = 'query($code: String!) { raiseDraft(code: $code) { code pavilionId category problemId unitId buildingId place title sent } }';

  it('hands the kiosk’s choice to the phone, which adds words and sends it once', async () => {
    const saved = await app.gql(SAVE, {
      input: { pavilionId: String(seed.pavilionA), category: 'ENVIRONMENT', problemId: 'ENVIRONMENT_STAIRS', unitId: place.unit1 },
    });
    expect(saved.errors).toBeUndefined();
    const { code } = saved.data.saveRaiseDraft;
    expect(saved.data.saveRaiseDraft.place).toBe('测试小区 1栋1单元');
    const minutes = (Date.parse(saved.data.saveRaiseDraft.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);

    // The phone reads it back, in lower case with a space as people type codes.
    const read = await app.gql(READ, { code: `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}` });
    expect(read.data.raiseDraft).toMatchObject({
      code,
      pavilionId: String(seed.pavilionA),
      category: 'ENVIRONMENT',
      problemId: 'ENVIRONMENT_STAIRS',
      unitId: place.unit1,
      buildingId: place.building,
      sent: false,
    });

    const input = { pavilionId: String(seed.pavilionA), category: 'ENVIRONMENT', problemId: 'ENVIRONMENT_STAIRS', unitId: place.unit1, draftCode: code };
    const [first, second] = await Promise.all([
      app.gql(RAISE, { input: { ...input, title: '二楼楼道堆满纸箱', description: '挡住了逃生通道' } }),
      app.gql(RAISE, { input: { ...input, title: '二楼楼道堆满纸箱' } }),
    ]);
    const results = [first, second];
    expect(results.filter((r) => r.data?.raiseMatter)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect((await app.gql(READ, { code })).data.raiseDraft.sent).toBe(true);
    const matters = await app.orm.em.fork().find('Matter', { title: '二楼楼道堆满纸箱' });
    expect(matters).toHaveLength(1);
  });

  it('answers NOT_FOUND for a code that is malformed, unknown or expired, and a draft is sent only at its pavilion', async () => {
    for (const code of ['', 'abc', '22222222', 'LLLLLLLL']) {
      expect((await app.gql(READ, { code })).errors?.[0].extensions?.code, code).toBe('NOT_FOUND');
    }
    const saved = await app.gql(SAVE, { input: { pavilionId: String(seed.pavilionA), category: 'SAFETY', problemId: 'SAFETY_THROWING' } });
    const { code } = saved.data.saveRaiseDraft;
    const elsewhere = await app.gql(RAISE, {
      input: { pavilionId: String(seed.pavilionB), category: 'SAFETY', problemId: 'SAFETY_THROWING', draftCode: code },
    });
    expect(elsewhere.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const em = app.orm.em.fork();
    await em.nativeUpdate(RaiseDraft, { code }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await app.gql(READ, { code })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const late = await app.gql(RAISE, { input: { pavilionId: String(seed.pavilionA), category: 'SAFETY', problemId: 'SAFETY_THROWING', draftCode: code } });
    expect(late.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await app.services.matters.raising.deleteExpiredDrafts(em)).toBeGreaterThanOrEqual(1);
    expect(await em.count(RaiseDraft, { code })).toBe(0);
  });
});
