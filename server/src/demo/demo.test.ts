import pino from 'pino';
import { afterAll, expect, it } from 'vitest';
import { createApp } from '../app';
import { bootstrap } from '../bootstrap';
import { Pavilion } from '../register';
import { testConfig, testDatabase } from '../test/harness';

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

it('loads the demo and leaves every live limit unspent: a kiosk raises at once, up to its limit', async () => {
  const db = await testDatabase();
  cleanups.push(db.drop);
  const config = testConfig(db.database, { demoData: true });
  // The deployment's own limits, not the raised ones other tests use.
  const app = await createApp(config, { port: 0, logger: pino({ level: 'silent' }) });
  cleanups.push(() => app.stop());
  const lines = await bootstrap(app, config);
  expect(lines.some((l) => l.includes('87 pavilions'))).toBe(true);
  const pavilion = await app.orm.em.fork().findOneOrFail(Pavilion, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
  const raise = () =>
    fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($p: ID!) { raiseMatter(input: { pavilionId: $p, title: "楼道灯不亮了", description: "", category: REPAIR }) { id } }',
        variables: { p: String(pavilion.id) },
      }),
    }).then((r) => r.json() as Promise<{ data: unknown; errors?: Array<{ extensions: { code: string } }> }>);
  for (let i = 0; i < 5; i++) expect((await raise()).errors).toBeUndefined();
  expect((await raise()).errors?.[0].extensions.code).toBe('RATE_LIMITED');

  // The service centre's year: 25 teams, about 18,000 orders, most acknowledged well within 2 hours.
  const gql = (query: string, token?: string, variables: Record<string, unknown> = {}) =>
    fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json() as Promise<{ data: any; errors?: unknown }>);
  // 25 teams of the centre in the five communities with old buildings, and the five patrols of the public-rental area.
  const teams = (await gql('{ serviceTeams { id kind community { name } } }')).data.serviceTeams as Array<{ kind: string; community: { name: string } }>;
  expect(teams.filter((t) => !t.community.name.startsWith('云篆山水'))).toHaveLength(25);
  expect(teams.filter((t) => t.community.name.startsWith('云篆山水')).map((t) => t.kind)).toEqual(['PATROL', 'PATROL', 'PATROL', 'PATROL', 'PATROL']);
  const levels = (await gql('{ serviceLevels { orders responded medianRespondMinutes onTimeRespondRate onTimeResolveRate reworkRate averageRating } }')).data
    .serviceLevels;
  expect(levels.orders).toBeGreaterThan(17_000);
  expect(levels.medianRespondMinutes).toBeLessThan(60);
  expect(levels.onTimeRespondRate).toBeGreaterThan(0.8);
  expect(levels.averageRating).toBeGreaterThan(4);
  expect(lines.some((l) => l.includes('team-wqj-water-1'))).toBe(true);
  const login = await gql('mutation { login(username: "team-wqj-water-1", password: "lianhua2026") { token role } }');
  expect(login.data.login.role).toBe('SERVICE_STAFF');
  const mine = await gql('{ workOrders(sort: DEADLINE, first: 5) { totalCount edges { node { team { name } } } } }', login.data.login.token);
  expect(mine.data.workOrders.totalCount).toBeGreaterThan(100);
  expect(mine.data.workOrders.edges.every((e: { node: { team: { name: string } } }) => e.node.team.name === '万泉街水电维修队')).toBe(true);
  // The first demo home can vote at once: an owners' vote on its unit is open, with the branch's resolution.
  const home = await gql('mutation { residentLogin(homeCode: "20260001", pin: "135790") { token } }');
  const votes = await gql('{ myVotes { question rule matter { title resolution { summary } } } }', home.data.residentLogin.token);
  expect(votes.data.myVotes).toHaveLength(1);
  expect(votes.data.myVotes[0]).toMatchObject({ rule: 'OWNERS_ORDINARY', matter: { resolution: { summary: expect.stringContaining('业主表决') } } });
  // The fourth demo home can comment on the demo's convention in consultation, in its own community.
  const fourth = await gql('mutation { residentLogin(homeCode: "20260004", pin: "480246") { token } }');
  const htw = (await gql('{ communities { id name } }')).data.communities.find((c: { name: string }) => c.name === '花土湾社区');
  const open = (await gql('query($c: ID) { conventions(communityId: $c) { stage articles { id } } }', undefined, { c: htw.id })).data.conventions;
  expect(open.map((c: { stage: string }) => c.stage)).toEqual(['CONSULTATION']);
  const commented = await gql('mutation($a: ID!) { commentArticle(articleId: $a, text: "支持，建议增加充电桩") { id } }', fourth.data.residentLogin.token, {
    a: open[0].articles[0].id,
  });
  expect(commented.errors).toBeUndefined();
  // Each pavilion stands in one of its community's estates; the codes a keypad offers are the server's.
  const place = await gql('query($id: ID!) { pavilion(id: $id) { estate { name } } codeRules { alphabet trackingCodeLength receiptLength } }', undefined, {
    id: String(pavilion.id),
  });
  expect(place.data.pavilion.estate.name).toBeTruthy();
  expect(place.data.codeRules).toEqual({ alphabet: '23456789ABCDEFGHJKMNPQRSTUVWXYZ', trackingCodeLength: 8, receiptLength: 12 });
});

it("loads two years of the property evaluation, and the public-rental area's convention, grid and joint meetings, with the article's figures", async () => {
  const db = await testDatabase();
  cleanups.push(db.drop);
  const config = testConfig(db.database, { demoData: true });
  const app = await createApp(config, { port: 0, logger: pino({ level: 'silent' }) });
  cleanups.push(() => app.stop());
  await bootstrap(app, config);
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) }).then(
      (r) => r.json() as Promise<{ data: any; errors?: unknown }>,
    );
  const companies = (await gql('{ propertyCompanies { id name estates { id name } } }')).data.propertyCompanies;
  expect(companies.flatMap((c: { estates: unknown[] }) => c.estates)).toHaveLength(41);
  const year = String(new Date().getFullYear() - 1);
  const cards = (await gql('query($p: String!) { scorecards(kind: YEAR, period: $p) { total grade final residentRatings company { name } } }', { p: year }))
    .data.scorecards;
  expect(cards).toHaveLength(companies.length);
  expect(cards.every((c: { final: boolean }) => c.final)).toBe(true);
  const monthly = (await gql('{ closedEvaluationPeriods(kind: MONTH) }')).data.closedEvaluationPeriods;
  const month = (await gql('query($p: String!) { scorecards(kind: MONTH, period: $p) { renewalWarning company { name } } }', { p: monthly[0] })).data
    .scorecards;
  expect(month.find((c: { company: { name: string } }) => c.company.name === '巴渝家园物业').renewalWarning).toBe(true);

  // The article: complaints down 62%, satisfaction up 21%, 宏源花园's fees 68.21% -> 93.56%.
  const series = await Promise.all(
    companies.map((c: { id: string }) =>
      gql('query($id: ID!) { propertyTrend(companyId: $id, months: 24) { month complaints satisfaction feeRate } }', { id: c.id }),
    ),
  );
  const months = series.map((s) => s.data.propertyTrend as Array<{ complaints: number; satisfaction: number | null; feeRate: number | null }>);
  const sum = (from: number, to: number, f: (m: (typeof months)[0][0]) => number) =>
    months.reduce((t, list) => t + list.slice(from, to).reduce((a, m) => a + f(m), 0), 0);
  const before = sum(0, 6, (m) => m.complaints);
  const after = sum(17, 23, (m) => m.complaints);
  expect(after / before).toBeLessThan(0.55);
  const sat = (from: number, to: number) => {
    const xs = months.flatMap((list) => list.slice(from, to).map((m) => m.satisfaction)).filter((x): x is number => x !== null);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  expect(sat(17, 23) / sat(0, 6)).toBeGreaterThan(1.15);
  const hongyuan = companies.flatMap((c: { estates: Array<{ id: string; name: string }> }) => c.estates).find((e: { name: string }) => e.name === '宏源花园');
  const fees = (await gql('query($e: ID!) { feeCollection(estateId: $e) { month rate } }', { e: hongyuan.id })).data.feeCollection;
  expect(fees.at(-1).rate).toBeGreaterThan(0.93);

  // The 云篆山水 convention in force with two versions, ~800 breaches down 58%, 16 building heads, 35 joint problems solved.
  const yz = (await gql('{ communities { id name } }')).data.communities.filter((c: { name: string }) => c.name.startsWith('云篆山水'));
  const conventions = (
    await gql('query($c: ID) { conventions(communityId: $c) { id stage version inForceVersion versions { changes { number } } } }', { c: yz[0].id })
  ).data.conventions;
  expect(conventions).toHaveLength(1);
  expect(conventions[0]).toMatchObject({ stage: 'IN_FORCE', version: 2, inForceVersion: 2 });
  expect(conventions[0].versions[1].changes.map((c: { number: number }) => c.number)).toEqual([1, 6]);
  const counts = (await gql('query($id: ID!) { breachCounts(conventionId: $id) { month count } }', { id: conventions[0].id })).data.breachCounts as Array<{
    month: string;
    count: number;
  }>;
  const byMonth = new Map<string, number>();
  for (const c of counts) byMonth.set(c.month, (byMonth.get(c.month) ?? 0) + c.count);
  const breachMonths = [...byMonth.keys()].sort();
  const firstYear = breachMonths.slice(0, 12).reduce((t, m) => t + byMonth.get(m)!, 0);
  const secondYear = breachMonths.slice(-12).reduce((t, m) => t + byMonth.get(m)!, 0);
  expect(firstYear + secondYear).toBeGreaterThan(750);
  expect(1 - secondYear / firstYear).toBeGreaterThan(0.5);
  let buildingHeads = 0;
  for (const c of yz)
    buildingHeads += (await gql('query($c: ID!) { grid(communityId: $c) { role } }', { c: c.id })).data.grid.filter(
      (p: { role: string }) => p.role === 'BUILDING_HEAD',
    ).length;
  expect(buildingHeads).toBe(16);
  expect((await gql('{ jointUnits { id } }')).data.jointUnits).toHaveLength(10);
  expect((await gql('{ jointProblems(status: SOLVED) { id } }')).data.jointProblems).toHaveLength(35);
  expect((await gql('{ jointMeetings { id } }')).data.jointMeetings).toHaveLength(4);
});
