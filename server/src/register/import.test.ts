import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homesCsv, loginAs, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';
import { Home } from './home.entity';
import { Estate } from './estate.entity';
import { parseAreaCentiM2, IMPORT_HEADER } from './import.service';

const IMPORT = 'mutation($csv: String!) { importHomes(csv: $csv) { created updated errors { line message } } }';
type Report = { importHomes: { created: number; updated: number; errors: Array<{ line: number; message: string }> } };

let app: TestApp;
let admin: string;
let officeA: string;
let secretaryA: string;

beforeAll(async () => {
  app = await startTestApp();
  await seedTwoCommunities(app);
  admin = await loginAs(app, 'street');
  officeA = await loginAs(app, 'office-a');
  secretaryA = await loginAs(app, 'secretary-a');
});
afterAll(() => app?.close());

const homeCount = () => app.orm.em.fork().count(Home);

describe('parseAreaCentiM2', () => {
  it.each([
    ['88', 8800],
    ['88.5', 8850],
    ['88.05', 8805],
    ['0.01', 1],
  ])('%s -> %d', (text, cents) => expect(parseAreaCentiM2(text)).toBe(cents));
  it.each(['0', '0.00', '-3', '1.234', 'abc', '1e3', '', '.5'])('refuses %s', (text) => expect(parseAreaCentiM2(text)).toBeNull());
});

describe('importHomes', () => {
  it('imports a good file with BOM, CRLF and quoted fields, and builds the tree', async () => {
    const csv =
      '\uFEFF' +
      IMPORT_HEADER +
      '\r\n' +
      '甲社区,"花园, 一期",1栋,1单元,1,101,88.50,OWNER-1\r\n' +
      '甲社区,"花园, 一期",1栋,1单元,1,102,90,OWNER-1\r\n' +
      '甲社区,"花园, 一期",2栋,1单元,3,301,"120.25",DEV\r\n';
    const res = await app.gql<Report>(IMPORT, { csv }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importHomes).toEqual({ created: 3, updated: 0, errors: [] });
    const em = app.orm.em.fork();
    const estate = await em.findOneOrFail(Estate, { name: '花园, 一期' }, { populate: ['buildings.units.homes'] });
    expect(estate.buildings.map((b) => b.name)).toEqual(['1栋', '2栋']);
    const homes = estate.buildings[0].units[0].homes.getItems();
    expect(homes.map((h) => [h.room, h.floor, h.areaCentiM2, h.ownerKey])).toEqual([
      ['101', 1, 8850, 'OWNER-1'],
      ['102', 1, 9000, 'OWNER-1'],
    ]);
  });

  it('is idempotent, and updates a changed area or owner key', async () => {
    const csv = homesCsv('甲社区', { estate: '幸福小区', units: 2, floors: 4 });
    const first = await app.gql<Report>(IMPORT, { csv }, officeA);
    expect(first.data!.importHomes).toEqual({ created: 16, updated: 0, errors: [] });
    const again = await app.gql<Report>(IMPORT, { csv }, officeA);
    expect(again.data!.importHomes).toEqual({ created: 0, updated: 0, errors: [] });
    const changed = csv.replace(',101,81.00,K1', ',101,81.50,K1').replace(',102,82.00,K2', ',102,82.00,K-NEW');
    expect(changed).not.toBe(csv);
    const third = await app.gql<Report>(IMPORT, { csv: changed }, officeA);
    expect(third.data!.importHomes).toEqual({ created: 0, updated: 2, errors: [] });
    const home = await app.orm.em.fork().findOneOrFail(Home, { room: '101', unit: { name: '1单元', building: { estate: { name: '幸福小区' } } } });
    expect(home.areaCentiM2).toBe(8150);
  });

  it('reports every kind of bad line with its number and writes nothing', async () => {
    const before = await homeCount();
    const csv = [
      IMPORT_HEADER,
      '甲社区,坏小区,1栋,1单元,1,101,80,K1', // 2: good
      '甲社区,坏小区,1栋,1单元,1,,80,K2', // 3: missing room
      '丙社区,坏小区,1栋,1单元,1,103,80,K3', // 4: unknown community
      '甲社区,坏小区,1栋,1单元,1,104,-5,K4', // 5: negative area
      '甲社区,坏小区,1栋,1单元,1,105,80.123,K5', // 6: three decimals
      '甲社区,坏小区,1栋,1单元,1,106,10000.01,K6', // 7: over 10,000 m²
      '甲社区,坏小区,1栋,1单元,1.5,107,80,K7', // 8: floor not an integer
      '甲社区,坏小区,1栋,1单元,1,101,80,K8', // 9: same room twice
      '乙社区,坏小区,1栋,1单元,1,109,80,K9', // 10: not the caller's community
    ].join('\n');
    const res = await app.gql<Report>(IMPORT, { csv }, officeA);
    const report = res.data!.importHomes;
    expect(report.created).toBe(0);
    expect(report.updated).toBe(0);
    expect(report.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    const byLine = Object.fromEntries(report.errors.map((e) => [e.line, e.message]));
    expect(byLine[3]).toMatch(/missing room/);
    expect(byLine[4]).toMatch(/Unknown community "丙社区"/);
    expect(byLine[5]).toMatch(/area_m2/);
    expect(byLine[6]).toMatch(/two decimals/);
    expect(byLine[7]).toMatch(/10,000/);
    expect(byLine[8]).toMatch(/floor/);
    expect(byLine[9]).toMatch(/twice.*line 2/);
    expect(byLine[10]).toMatch(/not one you act for/);
    expect(await homeCount()).toBe(before);
    expect(await app.orm.em.fork().count(Estate, { name: '坏小区' })).toBe(0);
  });

  it('refuses a file without the columns', async () => {
    const res = await app.gql<Report>(IMPORT, { csv: 'community,estate\n甲社区,x\n' }, admin);
    expect(res.data!.importHomes.errors).toEqual([{ line: 1, message: expect.stringMatching(/building.*owner_key/) }]);
  });

  it('imports 10,000 lines in one go', async () => {
    const csv = homesCsv('乙社区', { estate: '大型小区', units: 50, floors: 100 });
    expect(csv.trim().split('\n')).toHaveLength(10_001);
    const before = await homeCount();
    const res = await app.gql<Report>(IMPORT, { csv }, admin);
    expect(res.data!.importHomes).toEqual({ created: 10_000, updated: 0, errors: [] });
    expect(await homeCount()).toBe(before + 10_000);
  });

  it.each([
    ['no session', () => undefined, 'UNAUTHENTICATED'],
    ['a secretary', () => secretaryA, 'FORBIDDEN'],
  ])('is refused for %s', async (_name, token, code) => {
    const res = await app.gql(IMPORT, { csv: homesCsv('甲社区') }, token());
    expect(res.errors?.[0].extensions?.code).toBe(code);
  });
});
