import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Building } from '../register';
import { loginAs, residentsOf, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';
import { ServiceTeamKind, createTeam } from '../service-centre';
import { Amendment, ArticleComment } from './article.entity';
import { Breach } from './breach.entity';
import { Convention } from './convention.entity';

/** The conventions' clock: the tests move it past a consultation's date instead of waiting. */
let now = new Date();
const advance = (hours: number) => (now = new Date(now.getTime() + hours * 3_600_000));

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let residents: Array<{ homeId: string; token: string }>;
let residentB: { homeId: string; token: string };
let buildingA: string;
const tokens: Record<string, string> = {};

const CONVENTION = `id title stage version inForceVersion consultationClosesAt communities { name }
  articles { id number text comments { text } amendments { id text reason state support supportedByMe } }
  versions { version articles changes { number before after } } vote { id status rule tally { eligibleOwners } }`;
const DRAFT = `mutation($i: DraftConventionInput!) { draftConvention(input: $i) { ${CONVENTION} } }`;
const OPEN = `mutation($id: ID!, $at: DateTime!) { openConsultation(conventionId: $id, closesAt: $at) { ${CONVENTION} } }`;
const COMMENT = 'mutation($a: ID!, $t: String!) { commentArticle(articleId: $a, text: $t) { id comments { text } } }';
const PROPOSE = 'mutation($a: ID!, $t: String!, $r: String) { proposeAmendment(articleId: $a, text: $t, reason: $r) { id state support } }';
const SUPPORT = 'mutation($id: ID!) { supportAmendment(amendmentId: $id) { id support supportedByMe } }';
const DECIDE = 'mutation($id: ID!, $ok: Boolean!, $n: String) { decideAmendment(amendmentId: $id, accept: $ok, note: $n) { id state decisionNote } }';
const PUBLISH = `mutation($id: ID!) { publishConventionVersion(conventionId: $id) { ${CONVENTION} } }`;
const TO_VOTE = `mutation($id: ID!, $at: DateTime!) { putConventionToVote(conventionId: $id, closesAt: $at) { ${CONVENTION} } }`;
const BREACH = 'mutation($i: RecordBreachInput!) { recordBreach(input: $i) { id place outcome article { number } } }';
const GET = `query($id: ID!) { convention(id: $id) { ${CONVENTION} } }`;
const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;
const ARTICLES = ['装修施工限于工作日8:00-12:00、14:00-18:00。', '严禁高空抛物。', '车辆停入划定车位，不占消防通道。', '文明养犬，出门牵绳，及时清理。'];

beforeAll(async () => {
  app = await startTestApp({}, { settings: { raisePerPavilionPerMinute: 1000, raisePerHomePerHour: 1000, now: () => now } });
  seed = await seedTwoCommunities(app);
  residents = await residentsOf(app, '甲社区', 4, '甲小区');
  [residentB] = await residentsOf(app, '乙社区', 2, '乙小区');
  for (const u of ['street', 'office-a', 'office-b', 'secretary-a', 'secretary-b']) tokens[u] = await loginAs(app, u);
  const em = app.orm.em.fork();
  buildingA = String((await em.findOneOrFail(Building, { estate: { name: '甲小区' } })).id);
  await createTeam(em, app.services.auth, {
    communityId: seed.communityA,
    name: '甲银发督导队',
    kind: ServiceTeamKind.PATROL,
    weekdays: [],
    members: [{ username: 'patrol-a', displayName: '巡逻员', password: 'patrol-pass-1' }],
  });
  await createTeam(em, app.services.auth, {
    communityId: seed.communityA,
    name: '甲保洁队',
    kind: ServiceTeamKind.CLEANING,
    weekdays: [],
    members: [{ username: 'clean-a', displayName: '保洁员', password: 'patrol-pass-1' }],
  });
  tokens['patrol-a'] = await loginAs(app, 'patrol-a', 'patrol-pass-1');
  tokens['clean-a'] = await loginAs(app, 'clean-a', 'patrol-pass-1');
});
afterAll(() => app?.close());

let conventionId: string;
let articleIds: string[];

describe('drafting', () => {
  it('is for the branch of the communities, with 1 to 50 articles of at most 500 characters, each non-empty', async () => {
    const input = { title: '甲社区居民文明公约', communityIds: [String(seed.communityA)], articles: ARTICLES };
    expect(code(await app.gql(DRAFT, { i: input }, tokens['secretary-b']))).toBe('FORBIDDEN');
    expect(code(await app.gql(DRAFT, { i: input }, tokens['office-a']))).toBe('FORBIDDEN');
    expect(code(await app.gql(DRAFT, { i: input }, residents[0].token))).toBe('FORBIDDEN');
    expect(code(await app.gql(DRAFT, { i: { ...input, articles: [] } }, tokens['secretary-a']))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(DRAFT, { i: { ...input, articles: ['  '] } }, tokens['secretary-a']))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(DRAFT, { i: { ...input, articles: ['长'.repeat(501)] } }, tokens['secretary-a']))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(DRAFT, { i: { ...input, articles: Array.from({ length: 51 }, (_, i) => `第${i + 1}条`) } }, tokens['secretary-a']))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await app.orm.em.fork().count(Convention)).toBe(0);
    const res = await app.gql(DRAFT, { i: input }, tokens['secretary-a']);
    expect(res.errors).toBeUndefined();
    const c = res.data.draftConvention;
    expect(c).toMatchObject({ stage: 'DRAFTING', version: 1, inForceVersion: null, communities: [{ name: '甲社区' }] });
    expect(c.articles.map((a: { number: number }) => a.number)).toEqual([1, 2, 3, 4]);
    expect(c.versions).toEqual([{ version: 1, articles: ARTICLES, changes: ARTICLES.map((after, i) => ({ number: i + 1, before: null, after })) }]);
    conventionId = c.id;
    articleIds = c.articles.map((a: { id: string }) => a.id);
  });

  it('takes no comments before the consultation opens', async () => {
    expect(code(await app.gql(COMMENT, { a: articleIds[0], t: '同意' }, residents[0].token))).toBe('CONFLICT');
  });
});

describe('the consultation', () => {
  let amendment: string;

  it('opens until a date for residents of the communities, article by article', async () => {
    expect(code(await app.gql(OPEN, { id: conventionId, at: new Date(now.getTime() - 1000).toISOString() }, tokens['secretary-a']))).toBe('BAD_USER_INPUT');
    const res = await app.gql(OPEN, { id: conventionId, at: new Date(now.getTime() + 7 * 86_400_000).toISOString() }, tokens['secretary-a']);
    expect(res.data.openConsultation.stage).toBe('CONSULTATION');
    // The console offers what the server allows, from the same table.
    const ACTIONS = 'query($id: ID!) { convention(id: $id) { allowedActions } }';
    expect((await app.gql(ACTIONS, { id: conventionId }, tokens['secretary-a'])).data.convention.allowedActions).toEqual([
      'DECIDE_AMENDMENTS',
      'PUBLISH_VERSION',
    ]);
    expect((await app.gql(ACTIONS, { id: conventionId }, tokens['secretary-b'])).data.convention.allowedActions).toEqual([]);
    expect((await app.gql(ACTIONS, { id: conventionId })).data.convention.allowedActions).toEqual([]);
    expect(code(await app.gql(OPEN, { id: conventionId, at: new Date(now.getTime() + 86_400_000).toISOString() }, tokens['secretary-a']))).toBe('CONFLICT');
  });

  it('takes comments and new wordings from residents of its communities only', async () => {
    expect(code(await app.gql(COMMENT, { a: articleIds[0], t: '时间太早' }))).toBe('UNAUTHENTICATED');
    expect(code(await app.gql(COMMENT, { a: articleIds[0], t: '时间太早' }, residentB.token))).toBe('FORBIDDEN');
    expect(code(await app.gql(COMMENT, { a: articleIds[0], t: '' }, residents[0].token))).toBe('BAD_USER_INPUT');
    const c = await app.gql(COMMENT, { a: articleIds[0], t: '周末也应允许下午施工' }, residents[0].token);
    expect(c.data.commentArticle.comments).toEqual([{ text: '周末也应允许下午施工' }]);
    expect(code(await app.gql(PROPOSE, { a: articleIds[0], t: ARTICLES[0], r: '写清楚些' }, residents[1].token))).toBe('CONFLICT');
    // A new wording needs a reason: the branch decides on both; nothing is stored without one.
    const amendmentsBefore = await app.orm.em.fork().count(Amendment, {});
    const wording = '装修施工限于8:00-12:00。';
    expect(code(await app.gql(PROPOSE, { a: articleIds[0], t: wording }, residents[1].token))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(PROPOSE, { a: articleIds[0], t: wording, r: '   ' }, residents[1].token))).toBe('BAD_USER_INPUT');
    expect(await app.orm.em.fork().count(Amendment, {})).toBe(amendmentsBefore);
    const p = await app.gql(PROPOSE, { a: articleIds[0], t: '装修施工限于8:00-12:00、14:00-18:00，周末只限下午。', r: '周末上午休息' }, residents[1].token);
    expect(p.data.proposeAmendment).toMatchObject({ state: 'PROPOSED', support: 0 });
    amendment = p.data.proposeAmendment.id;
  });

  it('counts one support per home; a second is CONFLICT', async () => {
    expect((await app.gql(SUPPORT, { id: amendment }, residents[2].token)).data.supportAmendment).toMatchObject({ support: 1, supportedByMe: true });
    expect(code(await app.gql(SUPPORT, { id: amendment }, residents[2].token))).toBe('CONFLICT');
    expect((await app.gql(SUPPORT, { id: amendment }, residents[3].token)).data.supportAmendment.support).toBe(2);
    const seen = await app.gql(GET, { id: conventionId }, residents[0].token);
    expect(seen.data.convention.articles[0].amendments[0]).toMatchObject({ support: 2, supportedByMe: false });
  });

  it('lets the secretary accept or reject each amendment once, with a note', async () => {
    const other = (await app.gql(PROPOSE, { a: articleIds[3], t: '禁止养犬。', r: '狗太多' }, residents[0].token)).data.proposeAmendment.id;
    expect(code(await app.gql(DECIDE, { id: amendment, ok: true }, tokens['secretary-b']))).toBe('FORBIDDEN');
    expect((await app.gql(DECIDE, { id: amendment, ok: true, n: '采纳' }, tokens['secretary-a'])).data.decideAmendment).toMatchObject({ state: 'ACCEPTED' });
    expect(code(await app.gql(DECIDE, { id: amendment, ok: false }, tokens['secretary-a']))).toBe('CONFLICT');
    expect((await app.gql(DECIDE, { id: other, ok: false, n: '与法规不符' }, tokens['secretary-a'])).data.decideAmendment).toMatchObject({ state: 'REJECTED' });
  });

  it('publishes a new version whose changes are shown article by article; every version is kept', async () => {
    const res = await app.gql(PUBLISH, { id: conventionId }, tokens['secretary-a']);
    const c = res.data.publishConventionVersion;
    expect(c.version).toBe(2);
    expect(c.articles[0].text).toBe('装修施工限于8:00-12:00、14:00-18:00，周末只限下午。');
    expect(c.articles[3].text).toBe(ARTICLES[3]);
    expect(c.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(c.versions[1].changes).toEqual([{ number: 1, before: ARTICLES[0], after: '装修施工限于8:00-12:00、14:00-18:00，周末只限下午。' }]);
    expect(c.versions[0].articles).toEqual(ARTICLES);
    expect(code(await app.gql(PUBLISH, { id: conventionId }, tokens['secretary-a']))).toBe('CONFLICT');
  });

  it('takes nothing after its date, and goes to a vote only then', async () => {
    const at = new Date(Date.now() + 3_600_000).toISOString();
    expect(code(await app.gql(TO_VOTE, { id: conventionId, at }, tokens['secretary-a']))).toBe('CONFLICT');
    const before = await app.orm.em.fork().count(ArticleComment);
    advance(8 * 24);
    expect(code(await app.gql(COMMENT, { a: articleIds[1], t: '支持' }, residents[0].token))).toBe('CONFLICT');
    expect(
      code(await app.gql(SUPPORT, { id: (await app.gql(GET, { id: conventionId })).data.convention.articles[0].amendments[0].id }, residents[0].token)),
    ).toBe('CONFLICT');
    expect(await app.orm.em.fork().count(ArticleComment)).toBe(before);
  });
});

describe('the vote and keeping it', () => {
  it('opens a RESIDENTS_MAJORITY vote of every household of the communities; passing puts it IN_FORCE', async () => {
    const res = await app.gql(TO_VOTE, { id: conventionId, at: new Date(Date.now() + 3_600_000).toISOString() }, tokens['secretary-a']);
    expect(res.errors).toBeUndefined();
    const c = res.data.putConventionToVote;
    expect(c.stage).toBe('VOTING');
    expect(c.vote).toMatchObject({ status: 'OPEN', rule: 'RESIDENTS_MAJORITY', tally: { eligibleOwners: 4 } });
    const breach = { conventionId, articleNumber: 2, place: '3栋楼下', outcome: 'PERSUADED' };
    expect(code(await app.gql(BREACH, { i: breach }, tokens['patrol-a']))).toBe('CONFLICT');
    for (const r of residents)
      expect((await app.gql('mutation($v: ID!) { castBallot(voteId: $v, choice: YES) { receipt } }', { v: c.vote.id }, r.token)).errors).toBeUndefined();
    const closed = await app.gql('mutation($v: ID!) { closeVote(voteId: $v) { status result { passed } } }', { v: c.vote.id }, tokens['secretary-a']);
    expect(closed.data.closeVote.result.passed).toBe(true);
    const after = (await app.gql(GET, { id: conventionId })).data.convention;
    expect(after).toMatchObject({ stage: 'IN_FORCE', inForceVersion: 2, consultationClosesAt: null });
  });

  it('takes breaches from its patrols and staff, never naming anyone, and counts them per article and month', async () => {
    const breach = { conventionId, articleNumber: 2, place: '3栋楼下', buildingId: buildingA, outcome: 'PERSUADED', note: '劝导后收回' };
    expect(code(await app.gql(BREACH, { i: breach }, tokens['clean-a']))).toBe('FORBIDDEN');
    expect(code(await app.gql(BREACH, { i: breach }, tokens['office-b']))).toBe('FORBIDDEN');
    expect(code(await app.gql(BREACH, { i: breach }, residents[0].token))).toBe('FORBIDDEN');
    expect(code(await app.gql(BREACH, { i: { ...breach, articleNumber: 9 } }, tokens['patrol-a']))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(BREACH, { i: { ...breach, place: '' } }, tokens['patrol-a']))).toBe('BAD_USER_INPUT');
    expect(await app.orm.em.fork().count(Breach)).toBe(0);
    expect((await app.gql(BREACH, { i: breach }, tokens['patrol-a'])).data.recordBreach).toMatchObject({ outcome: 'PERSUADED', article: { number: 2 } });
    await app.gql(BREACH, { i: { ...breach, articleNumber: 3, outcome: 'REFERRED' } }, tokens['office-a']);
    await app.gql(BREACH, { i: { ...breach, outcome: 'REPEATED' } }, tokens['patrol-a']);
    const counts = await app.gql('query($id: ID!) { breachCounts(conventionId: $id) { articleNumber month count } }', { id: conventionId });
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);
    expect(counts.data.breachCounts).toEqual([
      { articleNumber: 2, month, count: 2 },
      { articleNumber: 3, month, count: 1 },
    ]);
    expect(code(await app.gql('query($id: ID!) { breachCounts(conventionId: $id, from: "2026-1") { count } }', { id: conventionId }))).toBe('BAD_USER_INPUT');
  });

  it('reviews one in force (评约): the same path, the old version kept in force until a new one passes', async () => {
    const open = await app.gql(OPEN, { id: conventionId, at: new Date(now.getTime() + 86_400_000).toISOString() }, tokens['secretary-a']);
    expect(open.data.openConsultation).toMatchObject({ stage: 'CONSULTATION', inForceVersion: 2 });
    // Breaches still count against the version in force.
    const res = await app.gql(BREACH, { i: { conventionId, articleNumber: 4, place: '花园', outcome: 'PERSUADED' } }, tokens['patrol-a']);
    expect(res.errors).toBeUndefined();
  });

  it('rejects a convention whose vote fails', async () => {
    const draft = await app.gql(
      DRAFT,
      { i: { title: '乙社区养犬公约', communityIds: [String(seed.communityB)], articles: ['出门牵绳。'] } },
      tokens['secretary-b'],
    );
    const id = draft.data.draftConvention.id;
    await app.gql(OPEN, { id, at: new Date(now.getTime() + 3_600_000).toISOString() }, tokens['secretary-b']);
    advance(2);
    const voting = await app.gql(TO_VOTE, { id, at: new Date(Date.now() + 3_600_000).toISOString() }, tokens['secretary-b']);
    const voteId = voting.data.putConventionToVote.vote.id;
    const homes = voting.data.putConventionToVote.vote.tally.eligibleOwners;
    expect(homes).toBe(2);
    await app.gql('mutation($v: ID!) { castBallot(voteId: $v, choice: NO) { receipt } }', { v: voteId }, residentB.token);
    const second = await residentsOf(app, '乙社区', 2, '乙小区');
    await app.gql('mutation($v: ID!) { castBallot(voteId: $v, choice: NO) { receipt } }', { v: voteId }, second[1].token);
    await app.gql('mutation($v: ID!) { closeVote(voteId: $v) { status } }', { v: voteId }, tokens['secretary-b']);
    expect((await app.gql(GET, { id })).data.convention.stage).toBe('REJECTED');
  });

  it('lets households of every community of a convention vote on it, not only the first one', async () => {
    const draft = await app.gql(
      DRAFT,
      { i: { title: '甲乙两社区停车公约', communityIds: [String(seed.communityA), String(seed.communityB)], articles: ['车辆停入划定车位。'] } },
      tokens.street,
    );
    const id = draft.data.draftConvention.id;
    expect((await app.gql(OPEN, { id, at: new Date(now.getTime() + 3_600_000).toISOString() }, tokens.street)).errors).toBeUndefined();
    advance(2);
    const voting = await app.gql(TO_VOTE, { id, at: new Date(Date.now() + 3_600_000).toISOString() }, tokens.street);
    expect(voting.errors).toBeUndefined();
    const voteId = voting.data.putConventionToVote.vote.id;
    // A household of the second community is in the electorate, sees the vote and may cast.
    const mine = await app.gql('{ myVotes { id } }', {}, residentB.token);
    expect(mine.data.myVotes.map((v: { id: string }) => v.id)).toContain(voteId);
    const CAST = 'mutation($v: ID!) { castBallot(voteId: $v, choice: YES) { receipt } }';
    const castB = await app.gql(CAST, { v: voteId }, residentB.token);
    expect(castB.errors).toBeUndefined();
    expect(castB.data.castBallot.receipt).toBeTruthy();
    expect((await app.gql(CAST, { v: voteId }, residents[0].token)).errors).toBeUndefined();
    const tally = await app.gql('query($v: ID!) { vote(id: $v) { tally { participatingOwners } } }', { v: voteId });
    expect(tally.data.vote.tally.participatingOwners).toBe(2);
  });
});
