import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AuditEntry } from '../audit';
import { Building } from '../register';
import { loginAs, residentsOf, seedTwoCommunities, startTestApp, until, type TestApp } from '../test/harness';

/** A Wednesday in Beijing: the roster decides which team takes a new order. */
const now = new Date('2026-11-04T02:00:00Z');

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let buildingA: string;
const tokens: Record<string, string> = {};

const TEAM = 'id name kind dutyWeekdays onDuty memberCount community { id }';
const CREATE = `mutation($i: NewServiceTeamInput!) { createServiceTeam(input: $i) { ${TEAM} } }`;
const ROSTER = `mutation($t: ID!, $w: [Int!]!) { setServiceTeamRoster(teamId: $t, weekdays: $w) { ${TEAM} } }`;
const MEMBER = `mutation($t: ID!, $i: NewServiceTeamMemberInput!) { addServiceTeamMember(teamId: $t, input: $i) { ${TEAM} } }`;
const MEMBERS = 'query($c: ID) { serviceTeams(communityId: $c) { id name memberCount members { id username displayName } } }';
const RESET = 'mutation($t: ID!, $s: ID!, $p: String!) { resetServiceTeamMemberPassword(teamId: $t, staffId: $s, password: $p) }';
const REMOVE = 'mutation($t: ID!, $s: ID!) { removeServiceTeamMember(teamId: $t, staffId: $s) { id memberCount } }';
const REPORT = 'mutation($i: ReportRepairInput!) { reportRepair(input: $i) { id status team { id } } }';

const codeOf = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  app = await startTestApp({}, { settings: { raisePerPavilionPerMinute: 1000, raisePerHomePerHour: 1000, reportPerPavilionPerMinute: 1000, now: () => now } });
  seed = await seedTwoCommunities(app);
  await residentsOf(app, '甲社区', 1);
  buildingA = String((await app.orm.em.fork().findOneOrFail(Building, { estate: { community: seed.communityA } })).id);
  for (const u of ['office-a', 'office-b', 'street', 'secretary-a']) tokens[u] = await loginAs(app, u);
});
afterAll(() => app?.close());

describe('teams kept by the office', () => {
  it('creates a team with its roster, for its own community only', async () => {
    const input = { communityId: String(seed.communityA), name: '甲维修一队', kind: 'REPAIR', weekdays: [3, 1, 3] };
    expect(codeOf(await app.gql(CREATE, { i: input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(CREATE, { i: input }, tokens['office-b']))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CREATE, { i: input }, tokens['secretary-a']))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CREATE, { i: { ...input, weekdays: [0, 8] } }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(CREATE, { i: { ...input, name: ' ' } }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    const made = await app.gql(CREATE, { i: input }, tokens['office-a']);
    expect(made.data.createServiceTeam).toMatchObject({ name: '甲维修一队', kind: 'REPAIR', dutyWeekdays: [1, 3], onDuty: true, memberCount: 0 });
    expect(codeOf(await app.gql(CREATE, { i: input }, tokens['office-a']))).toBe('CONFLICT');
    const byStreet = await app.gql(CREATE, { i: { ...input, name: '甲维修二队', weekdays: [] } }, tokens.street);
    expect(byStreet.data.createServiceTeam).toMatchObject({ dutyWeekdays: [], onDuty: false });
  });

  it('moves the roster, and new orders go to the team on duty that day', async () => {
    const teams = (await app.gql(`query($c: ID) { serviceTeams(communityId: $c) { ${TEAM} } }`, { c: String(seed.communityA) })).data.serviceTeams;
    const first = teams.find((t: { name: string }) => t.name === '甲维修一队');
    const second = teams.find((t: { name: string }) => t.name === '甲维修二队');
    const report = () =>
      app.gql(REPORT, { i: { pavilionId: String(seed.pavilionA), itemCode: 'UTL-02', buildingId: buildingA } }).then((r) => r.data.reportRepair);
    expect((await report()).team.id).toBe(first.id);

    expect(codeOf(await app.gql(ROSTER, { t: second.id, w: [3] }, tokens['office-b']))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(ROSTER, { t: second.id, w: [1.5] }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(ROSTER, { t: '999999', w: [3] }, tokens['office-a']))).toBe('NOT_FOUND');
    await app.gql(ROSTER, { t: first.id, w: [1, 2] }, tokens['office-a']);
    const moved = await app.gql(ROSTER, { t: second.id, w: [3, 4, 5] }, tokens['office-a']);
    expect(moved.data.setServiceTeamRoster).toMatchObject({ dutyWeekdays: [3, 4, 5], onDuty: true });
    // Another item, so the report does not fold into the open order.
    const next = await app.gql(REPORT, { i: { pavilionId: String(seed.pavilionA), itemCode: 'UTL-03', buildingId: buildingA } });
    expect(next.data.reportRepair.team.id).toBe(second.id);
    const audit = await app.orm.em.fork().find(AuditEntry, { action: { $like: 'serviceTeam.%' } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['serviceTeam.create', 'serviceTeam.roster']));
  });

  it("adds a member's phone account, who then sees the team's orders", async () => {
    const team = (await app.gql(`query($c: ID) { serviceTeams(communityId: $c) { ${TEAM} } }`, { c: String(seed.communityA) })).data.serviceTeams.find(
      (t: { name: string }) => t.name === '甲维修二队',
    );
    const member = { username: 'repair-a2-wang', displayName: '王师傅', password: 'member-pass-1' };
    expect(codeOf(await app.gql(MEMBER, { t: team.id, i: member }, tokens['office-b']))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(MEMBER, { t: team.id, i: { ...member, password: 'short' } }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(MEMBER, { t: team.id, i: { ...member, username: '王' } }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    const added = await app.gql(MEMBER, { t: team.id, i: member }, tokens['office-a']);
    expect(added.data.addServiceTeamMember.memberCount).toBe(1);
    expect(codeOf(await app.gql(MEMBER, { t: team.id, i: member }, tokens['office-a']))).toBe('CONFLICT');
    expect(codeOf(await app.gql(MEMBER, { t: team.id, i: { ...member, username: 'office-a' } }, tokens['office-a']))).toBe('CONFLICT');

    const token = await loginAs(app, 'repair-a2-wang', 'member-pass-1');
    const mine = await app.gql('{ me { role teams { id } } workOrders(filter: {}) { totalCount edges { node { team { id } } } } }', {}, token);
    expect(mine.data.me).toEqual({ role: 'SERVICE_STAFF', teams: [{ id: team.id }] });
    expect(mine.data.workOrders.totalCount).toBe(1);
    expect(mine.data.workOrders.edges[0].node.team.id).toBe(team.id);
    // A team member edits no roster.
    expect(codeOf(await app.gql(ROSTER, { t: team.id, w: [1] }, token))).toBe('FORBIDDEN');
  });

  it("lists the members for the office only, resets a member's password and ends their sessions", async () => {
    const teamsOf = async (token?: string) => (await app.gql(MEMBERS, { c: String(seed.communityA) }, token)).data.serviceTeams;
    const team = (await teamsOf(tokens['office-a'])).find((t: { name: string }) => t.name === '甲维修二队');
    expect(team.members).toEqual([{ id: expect.any(String), username: 'repair-a2-wang', displayName: '王师傅' }]);
    // The public and another community's office see that a team has members, not who they are.
    expect((await teamsOf()).find((t: { id: string }) => t.id === team.id)).toMatchObject({ memberCount: 1, members: [] });
    expect((await teamsOf(tokens['office-b'])).find((t: { id: string }) => t.id === team.id).members).toEqual([]);

    const staffId = team.members[0].id;
    const before = await loginAs(app, 'repair-a2-wang', 'member-pass-1');
    expect(codeOf(await app.gql(RESET, { t: team.id, s: staffId, p: 'new-pass-22' }, tokens['office-b']))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(RESET, { t: team.id, s: staffId, p: 'new-pass-22' }, before))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(RESET, { t: team.id, s: staffId, p: 'short' }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(RESET, { t: team.id, s: '999999', p: 'new-pass-22' }, tokens['office-a']))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(RESET, { t: team.id, s: 'x', p: 'new-pass-22' }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    // Refused resets changed nothing: the old password still signs in.
    expect((await app.gql('{ me { role } }', {}, before)).data.me.role).toBe('SERVICE_STAFF');

    expect((await app.gql(RESET, { t: team.id, s: staffId, p: 'new-pass-22' }, tokens['office-a'])).data.resetServiceTeamMemberPassword).toBe(true);
    // The old session ended: its token is nobody's now.
    expect((await app.gql('{ me { role } }', {}, before)).data.me).toBeNull();
    expect(codeOf(await app.gql('mutation { login(username: "repair-a2-wang", password: "member-pass-1") { token } }'))).toBe('UNAUTHENTICATED');
    const after = await loginAs(app, 'repair-a2-wang', 'new-pass-22');
    expect((await app.gql('{ me { role } }', {}, after)).data.me.role).toBe('SERVICE_STAFF');
    const audit = await app.orm.em.fork().find(AuditEntry, { action: 'serviceTeam.resetPassword' });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain('new-pass-22');
  });

  it('removes a member: their live subscription stops, and with no team left they no longer sign in', async () => {
    const team = (await app.gql(MEMBERS, { c: String(seed.communityA) }, tokens['office-a'])).data.serviceTeams.find(
      (t: { name: string }) => t.name === '甲维修二队',
    );
    const staffId = team.members[0].id;
    const token = await loginAs(app, 'repair-a2-wang', 'new-pass-22');
    let ended = false;
    const seen: unknown[] = [];
    const ws = createClient({
      url: app.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      lazy: false,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    ws.subscribe(
      { query: 'subscription($t: ID) { workOrderUpdated(teamId: $t) { id } }', variables: { t: team.id } },
      { next: (m) => void seen.push(m), error: () => (ended = true), complete: () => (ended = true) },
    );
    // Live: an order for the team reaches the member's phone.
    for (let i = 0; i < 50 && seen.length === 0; i++) {
      await app.gql(REPORT, { i: { pavilionId: String(seed.pavilionA), itemCode: 'UTL-03', buildingId: buildingA } });
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen.length).toBeGreaterThan(0);

    expect(codeOf(await app.gql(REMOVE, { t: team.id, s: staffId }, tokens['office-b']))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(REMOVE, { t: team.id, s: staffId }, token))).toBe('FORBIDDEN');
    const removed = await app.gql(REMOVE, { t: team.id, s: staffId }, tokens['office-a']);
    expect(removed.data.removeServiceTeamMember.memberCount).toBe(0);
    expect(codeOf(await app.gql(REMOVE, { t: team.id, s: staffId }, tokens['office-a']))).toBe('NOT_FOUND');
    await until(() => ended, "the removed member's subscription to end");
    expect(ended).toBe(true);
    expect((await app.gql('{ me { role } }', {}, token)).data.me).toBeNull();
    const login = await app.gql('mutation { login(username: "repair-a2-wang", password: "new-pass-22") { token } }');
    expect(codeOf(login)).toBe('UNAUTHENTICATED');
    expect(login.errors?.[0]?.message).toMatch(/no service team/);
    // The timelines still name who acted: the account stays.
    expect((await app.orm.em.fork().find(AuditEntry, { action: 'serviceTeam.removeMember' })).length).toBe(1);
    await ws.dispose();
  });
});
