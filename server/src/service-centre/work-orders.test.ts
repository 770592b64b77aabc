import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AuditEntry } from '../audit';
import { Building } from '../register';
import { loginAs, raise, residentsOf, seedTwoCommunities, PATIENCE_MS, startTestApp, until, untilLive, type TestApp } from '../test/harness';
import { WorkOrder } from './work-order.entity';
import { DeliveryWorker, Notification, NotificationStatus, queueNotification } from '../notifications';
import { ServiceTeamKind } from './enums';
import { createTeam } from './team-setup';

/** The centre's clock: the tests move it instead of waiting hours. */
let now = new Date('2026-11-02T01:00:00Z');
const advance = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));

/** A gateway that fails twice, then accepts: the outbox must deliver each message exactly once. */
let gateway: Server;
const received: Array<{ id: number; key: string | undefined; text: string }> = [];
let gatewayCalls = 0;

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let buildingA: string;
let buildingB: string;
let teams: { repair: number; repair2: number; cleaning: number; repairB: number };
const tokens: Record<string, string> = {};

const ORDER = `id trackingCode status reporterCount urgeCount reworkCount overdue dueSoon respondBy resolveBy acknowledgedAt doneAt
  respondedInMinutes contactPhone followUp ratingSpeed ratingQuality reason allowedActions
  item { code version respondMinutes resolveMinutes } team { id name } building { id }
  timeline { at status kind note by }`;

const REPORT = `mutation($input: ReportRepairInput!) { reportRepair(input: $input) { ${ORDER} } }`;

async function report(input: Record<string, unknown>, token?: string) {
  return app.gql(REPORT, { input: { pavilionId: String(seed.pavilionA), itemCode: 'FAC-01', buildingId: buildingA, ...input } }, token);
}

async function act(mutation: string, variables: Record<string, unknown>, token?: string) {
  const name = /\{\s*(\w+)/.exec(mutation.slice(mutation.indexOf('{')))![1];
  const res = await app.gql(`${mutation.replace('ORDER', ORDER)}`, variables, token);
  return { order: res.data?.[name], code: res.errors?.[0]?.extensions?.code, errors: res.errors };
}

type LiveOrder = { trackingCode: string; status: string; contactPhone: string | null; community: { id: string } };

/** A live watcher of orders, as a phone, the console or a resident's page opens one. */
function watchOrders(token: string | undefined, variables: { c?: string; t?: string; code?: string }) {
  const ws = createClient({
    url: app.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    lazy: false,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  const events: LiveOrder[] = [];
  const errors: Array<{ extensions?: { code?: string } }> = [];
  ws.subscribe(
    {
      query: `subscription($c: ID, $t: ID, $code: String) {
        workOrderUpdated(communityId: $c, teamId: $t, trackingCode: $code) { trackingCode status contactPhone community { id } } }`,
      variables,
    },
    {
      next: (m) => {
        if (m.errors) errors.push(...(m.errors as unknown as typeof errors));
        if (m.data) events.push((m.data as { workOrderUpdated: LiveOrder }).workOrderUpdated);
      },
      error: (e) => void errors.push(...(Array.isArray(e) ? e : [{ extensions: { code: 'CLOSED' } }])),
      complete: () => undefined,
    },
  );
  return { ws, events, errors };
}

const ACK = 'mutation($id: ID!) { acknowledgeWorkOrder(id: $id) { ORDER } }';
const FINISH = 'mutation($id: ID!, $n: String!) { finishWorkOrder(id: $id, note: $n) { ORDER } }';
const CHECK = 'mutation($id: ID!, $a: Boolean!, $n: String) { checkWorkOrder(id: $id, accepted: $a, note: $n) { ORDER } }';
const DISPATCH = 'mutation($id: ID!, $t: ID!) { dispatchWorkOrder(id: $id, teamId: $t) { ORDER } }';
const LEDGER = 'mutation($id: ID!, $r: String!) { putWorkOrderOnLedger(id: $id, reason: $r) { ORDER } }';
const TO_BRANCH = 'mutation($id: ID!) { sendWorkOrderToBranch(id: $id) { ORDER } }';
const URGE = 'mutation($c: String!) { urgeWorkOrder(trackingCode: $c) { ORDER } }';
const REOPEN = 'mutation($c: String!, $n: String!) { reopenWorkOrder(trackingCode: $c, note: $n) { ORDER } }';
const RATE = 'mutation($c: String!, $s: Int!, $q: Int!) { rateWorkOrder(trackingCode: $c, speed: $s, quality: $q) { ORDER } }';

beforeAll(async () => {
  gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      gatewayCalls++;
      if (gatewayCalls <= 2) {
        res.statusCode = 503;
        return res.end('busy');
      }
      const parsed = JSON.parse(body) as { id: number; text: string };
      received.push({ id: parsed.id, key: req.headers['idempotency-key'] as string | undefined, text: parsed.text });
      res.end('ok');
    });
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  app = await startTestApp(
    { notifyWebhookUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms` },
    {
      settings: { raisePerPavilionPerMinute: 1000, raisePerHomePerHour: 1000, reportPerPavilionPerMinute: 1000, reportPerHomePerHour: 1000, now: () => now },
      deliveryMs: 100,
      deliveryBackoffMs: 50,
      votePollMs: 3_600_000,
    },
  );
  seed = await seedTwoCommunities(app);
  await residentsOf(app, '甲社区', 2);
  await residentsOf(app, '乙社区', 2, '乙小区');
  const em = app.orm.em.fork();
  buildingA = String((await em.findOneOrFail(Building, { estate: { community: seed.communityA } })).id);
  buildingB = String((await em.findOneOrFail(Building, { estate: { community: seed.communityB } })).id);
  const password = 'team-pass-1';
  const team = (communityId: number, name: string, kind: ServiceTeamKind, weekdays: number[], username: string) =>
    createTeam(em, app.services.auth, { communityId, name, kind, weekdays, members: [{ username, displayName: username, password }] });
  // The second repair team is on no day of the roster: new orders go to the first, whatever the day.
  teams = {
    repair: (await team(seed.communityA, '甲水电维修队', ServiceTeamKind.REPAIR, [1, 2, 3, 4, 5, 6, 7], 'repair-a')).id,
    repair2: (await team(seed.communityA, '甲设施维修队', ServiceTeamKind.REPAIR, [], 'repair2-a')).id,
    cleaning: (await team(seed.communityA, '甲保洁队', ServiceTeamKind.CLEANING, [1, 2, 3, 4, 5, 6, 7], 'clean-a')).id,
    repairB: (await team(seed.communityB, '乙维修队', ServiceTeamKind.REPAIR, [1, 2, 3, 4, 5, 6, 7], 'repair-b')).id,
  };
  for (const u of ['repair-a', 'repair2-a', 'clean-a', 'repair-b']) tokens[u] = await loginAs(app, u, password);
  for (const u of ['office-a', 'office-b', 'street', 'secretary-a']) tokens[u] = await loginAs(app, u);
});
afterAll(async () => {
  await app?.close();
  await new Promise((r) => gateway?.close(r));
});

describe('the catalogue', () => {
  it('has 6 categories and 23 items, each with a standard and a respond promise of 2 hours or less', async () => {
    const res = await app.gql('{ serviceCatalogue { code name items { code name standard respondMinutes resolveMinutes paid teamKind version } } }');
    const cats = res.data.serviceCatalogue as Array<{ items: Array<{ respondMinutes: number; resolveMinutes: number; standard: string }> }>;
    expect(cats).toHaveLength(6);
    expect(cats.flatMap((c) => c.items)).toHaveLength(23);
    for (const i of cats.flatMap((c) => c.items)) {
      expect(i.respondMinutes).toBeLessThanOrEqual(120);
      expect(i.resolveMinutes).toBeGreaterThanOrEqual(i.respondMinutes);
      expect(i.standard.length).toBeGreaterThan(4);
    }
  });

  it('is edited by STREET_ADMIN only, as a new version; an order keeps the promise it was reported under', async () => {
    const before = await report({ itemCode: 'FAC-04', note: '信报箱门掉了' });
    expect(before.data.reportRepair.item).toMatchObject({ version: 1, resolveMinutes: 10080 });
    const UPDATE = 'mutation($c: String!, $ch: ServiceItemChange!) { updateServiceItem(code: $c, change: $ch) { code version resolveMinutes } }';
    const refused = await app.gql(UPDATE, { c: 'FAC-04', ch: { resolveMinutes: 4320 } }, tokens['office-a']);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await app.gql(UPDATE, { c: 'FAC-04', ch: { resolveMinutes: 60, respondMinutes: 120 } }, tokens.street);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const edited = await app.gql(UPDATE, { c: 'FAC-04', ch: { resolveMinutes: 4320 } }, tokens.street);
    expect(edited.data.updateServiceItem).toEqual({ code: 'FAC-04', version: 2, resolveMinutes: 4320 });
    const old = await app.gql(`query($c: String!) { workOrderByTrackingCode(code: $c) { item { version resolveMinutes } } }`, {
      c: before.data.reportRepair.trackingCode,
    });
    expect(old.data.workOrderByTrackingCode.item).toEqual({ version: 1, resolveMinutes: 10080 });
    const after = await report({ itemCode: 'FAC-04', buildingId: null });
    expect(after.data.reportRepair.item).toMatchObject({ version: 2, resolveMinutes: 4320 });
  });
});

describe('reporting', () => {
  it('refuses unknown items, buildings of another community, long notes and numbers that are not mainland mobiles', async () => {
    for (const input of [
      { itemCode: 'NOPE-9' },
      { buildingId: buildingB },
      { note: '灯'.repeat(501) },
      { contactPhone: '12345' },
      { buildingId: 'Infinity' },
    ]) {
      const res = await report(input);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect((await report({ pavilionId: '999999' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('goes at once to the team on duty for the item, with both clocks from the report', async () => {
    const res = await report({ itemCode: 'UTL-03', note: '二楼跳闸', contactPhone: '138 0013 8000' });
    const o = res.data.reportRepair;
    expect(o.status).toBe('DISPATCHED');
    expect(o.team.id).toBe(String(teams.repair));
    expect(new Date(o.respondBy).getTime() - now.getTime()).toBe(60 * 60_000);
    expect(new Date(o.resolveBy).getTime() - now.getTime()).toBe(480 * 60_000);
    expect(o.timeline.map((e: { kind: string }) => e.kind)).toEqual(['REPORTED', 'DISPATCHED']);
    // A kiosk does not read the contact back; the office and the team do.
    expect(o.contactPhone).toBeNull();
    expect(o.trackingCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    const q = `query($id: ID!) { workOrder(id: $id) { contactPhone } }`;
    expect((await app.gql(q, { id: o.id }, tokens['office-a'])).data.workOrder.contactPhone).toBe('13800138000');
    expect((await app.gql(q, { id: o.id }, tokens['repair-a'])).data.workOrder.contactPhone).toBe('13800138000');
    expect((await app.gql(q, { id: o.id }, tokens['repair2-a'])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(q, { id: o.id }, tokens['office-b'])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('folds a report of the same item in the same building into the open order, even ten at once', async () => {
    const first = (await report({ itemCode: 'SAN-02' })).data.reportRepair;
    const more = await Promise.all(Array.from({ length: 10 }, () => report({ itemCode: 'SAN-02' })));
    for (const r of more) expect(r.data.reportRepair.trackingCode).toBe(first.trackingCode);
    const again = await app.gql(`query($c: String!) { workOrderByTrackingCode(code: $c) { reporterCount timeline { kind } } }`, { c: first.trackingCode });
    expect(again.data.workOrderByTrackingCode.reporterCount).toBe(11);
    expect(again.data.workOrderByTrackingCode.timeline.filter((e: { kind: string }) => e.kind === 'FOLDED')).toHaveLength(10);
    // The answer to a folded report is the order as the fold left it, the first phone given kept.
    const folded = (await report({ itemCode: 'SAN-02', contactPhone: '13900139000' }, tokens['office-a'])).data.reportRepair;
    expect(folded).toMatchObject({
      id: first.id,
      trackingCode: first.trackingCode,
      status: first.status,
      reporterCount: 12,
      respondBy: first.respondBy,
      resolveBy: first.resolveBy,
      item: first.item,
      team: first.team,
      building: first.building,
      contactPhone: '13900139000',
    });
    // Another building, or no building, is another order.
    const elsewhere = (await report({ itemCode: 'SAN-02', buildingId: null })).data.reportRepair;
    expect(elsewhere.trackingCode).not.toBe(first.trackingCode);
  });

  it('limits a kiosk, and lets a resident report in their own community only', async () => {
    const limited = await startTestApp({}, { settings: { raisePerPavilionPerMinute: 5, raisePerHomePerHour: 5, reportPerPavilionPerMinute: 2 } });
    try {
      const s = await seedTwoCommunities(limited);
      const send = () => limited.gql(REPORT, { input: { pavilionId: String(s.pavilionA), itemCode: 'SEC-01' } });
      expect((await send()).data).toBeTruthy();
      expect((await send()).data).toBeTruthy();
      expect((await send()).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
    const [resident] = await residentsOf(app, '乙社区', 1, '乙二小区');
    const res = await report({ itemCode: 'SEC-02', buildingId: null }, resident.token);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the loop', () => {
  it('report → acknowledge → finish → sent back → finish → checked DONE, every step on the timeline and in the audit chain', async () => {
    const em = app.orm.em.fork();
    const auditBefore = await em.count(AuditEntry);
    const o = (await report({ itemCode: 'FAC-02', note: '单元门锁坏了' })).data.reportRepair;
    // Only the order's own team acknowledges; not the office, not another team, not a kiosk.
    expect((await act(ACK, { id: o.id }, tokens['office-a'])).code).toBe('FORBIDDEN');
    expect((await act(ACK, { id: o.id }, tokens['repair2-a'])).code).toBe('FORBIDDEN');
    expect((await act(ACK, { id: o.id }, tokens['repair-b'])).code).toBe('FORBIDDEN');
    expect((await act(ACK, { id: o.id })).code).toBe('UNAUTHENTICATED');
    expect((await act(FINISH, { id: o.id, n: '修好了' }, tokens['repair-a'])).code).toBe('CONFLICT');
    advance(25);
    const acked = await act(ACK, { id: o.id }, tokens['repair-a']);
    expect(acked.order).toMatchObject({ status: 'ACKNOWLEDGED', respondedInMinutes: 25 });
    expect(acked.order.allowedActions).toEqual(expect.arrayContaining(['NOTE', 'FINISH']));
    const twice = await act(ACK, { id: o.id }, tokens['repair-a']);
    expect(twice.code).toBe('CONFLICT');
    expect(twice.errors?.[0].extensions?.status).toBe('ACKNOWLEDGED');
    expect((await act(FINISH, { id: o.id, n: '' }, tokens['repair-a'])).code).toBe('BAD_USER_INPUT');
    expect((await act(FINISH, { id: o.id, n: '换了锁芯' }, tokens['repair-a'])).order.status).toBe('AWAITING_CHECK');
    expect((await act(CHECK, { id: o.id, a: true }, tokens['repair-a'])).code).toBe('FORBIDDEN');
    expect((await act(CHECK, { id: o.id, a: false }, tokens['office-a'])).code).toBe('BAD_USER_INPUT');
    expect((await act(CHECK, { id: o.id, a: false, n: '门禁还不能刷卡' }, tokens['office-a'])).order.status).toBe('ACKNOWLEDGED');
    await act(FINISH, { id: o.id, n: '门禁已修好' }, tokens['repair-a']);
    advance(60);
    const done = await act(CHECK, { id: o.id, a: true, n: '核查通过' }, tokens['office-a']);
    expect(done.order).toMatchObject({ status: 'DONE', overdue: false });
    expect(done.order.allowedActions).toEqual(expect.arrayContaining(['RATE', 'REOPEN']));
    expect(done.order.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'REPORTED',
      'DISPATCHED',
      'ACKNOWLEDGED',
      'FINISHED',
      'SENT_BACK',
      'FINISHED',
      'CHECK_ACCEPTED',
    ]);
    expect(done.order.timeline[2].by).toContain('甲水电维修队');
    expect((await em.count(AuditEntry)) - auditBefore).toBe(7);
    const verify = await app.services.audit.verify(app.orm.em.fork());
    expect(verify.broken).toBeNull();
  });

  it('puts an order on the ledger with a reason, and dispatches it again when it can be done', async () => {
    const o = (await report({ itemCode: 'FAC-03', note: '楼梯扶手整段锈断' })).data.reportRepair;
    expect((await act(LEDGER, { id: o.id, r: '需' }, tokens['office-a'])).code).toBe('BAD_USER_INPUT');
    expect((await act(LEDGER, { id: o.id, r: '需要维修资金，提交支部议事' }, tokens['office-b'])).code).toBe('FORBIDDEN');
    const ledgered = await act(LEDGER, { id: o.id, r: '需要维修资金，提交支部议事' }, tokens['office-a']);
    expect(ledgered.order).toMatchObject({ status: 'ON_LEDGER', reason: '需要维修资金，提交支部议事', overdue: false });
    advance(5000);
    expect(
      (await app.gql(`query($c: String!) { workOrderByTrackingCode(code: $c) { overdue } }`, { c: o.trackingCode })).data.workOrderByTrackingCode.overdue,
    ).toBe(false);
    expect((await act(DISPATCH, { id: o.id, t: String(teams.repairB) }, tokens['office-a'])).code).toBe('BAD_USER_INPUT');
    const back = await act(DISPATCH, { id: o.id, t: String(teams.repair2) }, tokens['office-a']);
    expect(back.order).toMatchObject({ status: 'DISPATCHED', team: { id: String(teams.repair2) } });
  });

  it('sends an order on the ledger to the branch as a matter, once; the order waits for the matter', async () => {
    const o = (await report({ itemCode: 'UTL-04', note: '单元入户总闸老化，需整体更换' })).data.reportRepair;
    expect(o.allowedActions).not.toContain('TO_BRANCH');
    expect((await act(TO_BRANCH, { id: o.id }, tokens['office-a'])).code).toBe('CONFLICT');
    await act(LEDGER, { id: o.id, r: '需要动用维修资金，须业主表决' }, tokens['office-a']);
    expect((await act(TO_BRANCH, { id: o.id }, tokens['office-b'])).code).toBe('FORBIDDEN');
    expect((await act(TO_BRANCH, { id: o.id }, tokens['repair-a'])).code).toBe('FORBIDDEN');
    const before = await act(`query($c: String!) { workOrderByTrackingCode(code: $c) { ORDER } }`, { c: o.trackingCode }, tokens['office-a']);
    expect(before.order.allowedActions).toContain('TO_BRANCH');

    const sent = await act(TO_BRANCH, { id: o.id }, tokens['office-a']);
    expect(sent.order.status).toBe('ON_LEDGER');
    expect(sent.order.allowedActions).not.toContain('TO_BRANCH');
    const event = sent.order.timeline.at(-1);
    expect(event.kind).toBe('TO_BRANCH');
    const matter = (
      await app.gql(
        'query($c: String!) { matterByTrackingCode(code: $c) { id status category title description place workOrders { id } timeline { kind note } } }',
        { c: event.note },
        tokens['office-a'],
      )
    ).data.matterByTrackingCode;
    expect(matter).toMatchObject({ status: 'SUBMITTED', category: 'REPAIR', workOrders: [{ id: o.id }] });
    expect(matter.title).toContain('（');
    // The public matter names the order by number, never by the code that is the right to urge, reopen and rate.
    expect(matter.description).toContain(`#${o.id}`);
    expect(matter.description).not.toContain(o.trackingCode);
    expect(matter.timeline[0]).toMatchObject({ kind: 'RAISED' });
    expect(matter.timeline[0].note).toContain(`#${o.id}`);
    expect(matter.timeline[0].note).not.toContain(o.trackingCode);
    const inbox = await app.gql<{ inbox: Array<{ id: string }> }>('{ inbox { id } }', {}, tokens['secretary-a']);
    expect(inbox.data!.inbox.map((m) => m.id)).toContain(matter.id);
    // Once only; the office can still dispatch the order when the matter is decided.
    expect((await act(TO_BRANCH, { id: o.id }, tokens['office-a'])).code).toBe('CONFLICT');
    const back = await act(DISPATCH, { id: o.id, t: String(teams.repair2) }, tokens['office-a']);
    expect(back.order.status).toBe('DISPATCHED');
  });
});

describe('two clocks', () => {
  it('flags an order overdue past respondBy, warns once before each deadline, and lists overdue orders', async () => {
    const o = (await report({ itemCode: 'SEC-01', buildingId: null, note: '有人撬单车' })).data.reportRepair;
    expect(o.team).toBeNull(); // no patrol team in this community: the office dispatches
    expect(o.status).toBe('REPORTED');
    // A 30-minute promise warns a quarter of its window ahead: at 7.5 minutes left.
    advance(21);
    expect(await app.services.serviceCentre.deadlines.run(app.orm.em.fork())).toBe(0);
    advance(2);
    expect(await app.services.serviceCentre.deadlines.run(app.orm.em.fork())).toBeGreaterThanOrEqual(1);
    expect(await app.services.serviceCentre.deadlines.run(app.orm.em.fork())).toBe(0);
    const warned = await app.gql(`query($c: String!) { workOrderByTrackingCode(code: $c) { dueSoon overdue timeline { kind note } } }`, { c: o.trackingCode });
    expect(warned.data.workOrderByTrackingCode).toMatchObject({ dueSoon: true, overdue: false });
    expect(warned.data.workOrderByTrackingCode.timeline.at(-1)).toMatchObject({ kind: 'RESPOND_DUE_SOON', note: '响应时限 7 分钟后到期' });
    advance(8);
    const late = await app.gql(`query($c: String!) { workOrderByTrackingCode(code: $c) { overdue } }`, { c: o.trackingCode });
    expect(late.data.workOrderByTrackingCode.overdue).toBe(true);
    const list = await app.gql(
      `query($c: ID!) { workOrders(filter: { communityId: $c, overdue: true }, sort: DEADLINE) { totalCount edges { node { trackingCode overdue } } } }`,
      { c: String(seed.communityA) },
      tokens['office-a'],
    );
    expect(list.data.workOrders.edges.map((e: { node: { trackingCode: string } }) => e.node.trackingCode)).toContain(o.trackingCode);
    expect(list.data.workOrders.edges.every((e: { node: { overdue: boolean } }) => e.node.overdue)).toBe(true);
  });

  it('shows service staff only their own team, and other communities to nobody', async () => {
    const mine = await app.gql(`{ workOrders(first: 100) { totalCount edges { node { team { id } } } } }`, undefined, tokens['repair-a']);
    expect(mine.data.workOrders.totalCount).toBeGreaterThan(0);
    expect(new Set(mine.data.workOrders.edges.map((e: { node: { team: { id: string } } }) => e.node.team.id))).toEqual(new Set([String(teams.repair)]));
    const other = await app.gql(`query($t: ID!) { workOrders(filter: { teamId: $t }) { totalCount } }`, { t: String(teams.repair2) }, tokens['repair-a']);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const b = await app.gql(`query($c: ID!) { workOrders(filter: { communityId: $c }) { totalCount } }`, { c: String(seed.communityA) }, tokens['office-b']);
    expect(b.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(`{ workOrders { totalCount } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('finds one order by the code a caller reads out, in any case, with spaces, whatever its status', async () => {
    const o = (await report({ itemCode: 'SAN-03' })).data.reportRepair;
    const FIND = `query($c: ID!, $code: String!) { workOrders(filter: { communityId: $c, trackingCode: $code }) { totalCount edges { node { trackingCode } } } }`;
    const spoken = `${o.trackingCode.slice(0, 4)} ${o.trackingCode.slice(4)}`.toLowerCase();
    const found = await app.gql(FIND, { c: String(seed.communityA), code: spoken }, tokens['office-a']);
    expect(found.data.workOrders).toEqual({ totalCount: 1, edges: [{ node: { trackingCode: o.trackingCode } }] });
    expect((await app.gql(FIND, { c: String(seed.communityA), code: 'O0I1' }, tokens['office-a'])).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // Another community's office does not find it by its code either.
    expect((await app.gql(FIND, { c: String(seed.communityA), code: spoken }, tokens['office-b'])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const b = await app.gql(`query($code: String!) { workOrders(filter: { trackingCode: $code }) { totalCount } }`, { code: spoken }, tokens['office-b']);
    expect(b.data.workOrders.totalCount).toBe(0);
  });
});

describe('by tracking code', () => {
  it('urges once an hour, reopens within 7 days as rework, and rates once; a low rating goes on the follow-up list', async () => {
    const o = (await report({ itemCode: 'UTL-02', note: '下水道反水', contactPhone: '13900139000' })).data.reportRepair;
    const code = o.trackingCode.toLowerCase().replace(/(.{4})/, '$1-');
    expect((await act(URGE, { c: code })).order.urgeCount).toBe(1);
    const again = await act(URGE, { c: code });
    expect(again.code).toBe('RATE_LIMITED');
    expect((await act(URGE, { c: 'ZZZZZZZZ' })).code).toBe('NOT_FOUND');
    await act(ACK, { id: o.id }, tokens['repair-a']);
    await act(FINISH, { id: o.id, n: '已疏通' }, tokens['repair-a']);
    await act(CHECK, { id: o.id, a: true }, tokens['office-a']);
    expect((await act(URGE, { c: code })).code).toBe('CONFLICT');
    expect((await act(RATE, { c: code, s: 6, q: 3 })).code).toBe('BAD_USER_INPUT');
    advance(60 * 24 * 2);
    const reopened = await act(REOPEN, { c: code, n: '又堵了' });
    expect(reopened.order).toMatchObject({ status: 'DISPATCHED', reworkCount: 1, acknowledgedAt: null });
    expect(new Date(reopened.order.respondBy).getTime()).toBe(now.getTime() + 60 * 60_000);
    await act(ACK, { id: o.id }, tokens['repair-a']);
    await act(FINISH, { id: o.id, n: '更换了存水弯' }, tokens['repair-a']);
    await act(CHECK, { id: o.id, a: true }, tokens['office-a']);
    const rated = await act(RATE, { c: code, s: 2, q: 4 });
    expect(rated.order).toMatchObject({ ratingSpeed: 2, ratingQuality: 4, followUp: true });
    expect((await act(RATE, { c: code, s: 5, q: 5 })).code).toBe('CONFLICT');
    const followUp = await app.gql(
      `mutation($id: ID!) { resolveWorkOrderFollowUp(id: $id, note: "已回访，下次 1 小时内到场") { followUp } }`,
      { id: o.id },
      tokens['office-a'],
    );
    expect(followUp.data.resolveWorkOrderFollowUp.followUp).toBe(false);
    advance(60 * 24 * 8);
    expect((await act(REOPEN, { c: code, n: '还是堵' })).code).toBe('CONFLICT');
  });

  it('sends the reporter a text message for each step they wait for, through a gateway that fails twice: one delivery each', async () => {
    const deadline = Date.now() + PATIENCE_MS;
    const em = app.orm.em.fork();
    for (;;) {
      const pending = await em.count(Notification, { status: { $ne: NotificationStatus.SENT } });
      if (pending === 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
      em.clear();
    }
    const all = await em.find(Notification, {}, { orderBy: { id: 'asc' } });
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.every((n) => n.status === NotificationStatus.SENT)).toBe(true);
    expect(gatewayCalls).toBe(all.length + 2);
    expect(received.map((r) => r.id)).toEqual(all.map((n) => n.id));
    expect(new Set(received.map((r) => r.key)).size).toBe(received.length);
    expect(received.some((r) => r.text.includes('请凭查询码') && r.text.includes('评分'))).toBe(true);
    const listed = await app.gql(
      `query($c: ID!) { notifications(communityId: $c) { phone status attempts } }`,
      { c: String(seed.communityA) },
      tokens['office-a'],
    );
    expect(listed.data.notifications.length).toBe(all.length);
    expect(listed.data.notifications.some((n: { attempts: number }) => n.attempts === 3)).toBe(true);
    expect((await app.gql(`{ notifications { id } }`, undefined, tokens['repair-a'])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('two delivery workers at once', () => {
  it('send each message of the outbox once', async () => {
    const em = app.orm.em.fork();
    await em.transactional(async (tx) => {
      for (let i = 0; i < 30; i++)
        queueNotification(tx, { communityId: seed.communityA, phone: '13700137000', trackingCode: `TWO${i}`, text: `第 ${i} 条`, at: new Date(0) });
    });
    const sent: number[] = [];
    const channel = { name: 'test', send: async (m: { id: number }) => void sent.push(m.id) };
    const workers = [new DeliveryWorker(channel), new DeliveryWorker(channel)];
    // Two rounds: a batch holds 50, and the app's own worker may take some of them too.
    for (let round = 0; round < 2; round++) await Promise.all(workers.map((w) => w.runOnce(app.orm.em.fork())));
    const ours = await app.orm.em.fork().find(Notification, { trackingCode: { $like: 'TWO%' } });
    expect(ours).toHaveLength(30);
    expect(ours.every((n) => n.status === NotificationStatus.SENT && n.attempts === 1)).toBe(true);
    const ids = new Set(ours.map((n) => n.id));
    const byUs = sent.filter((id) => ids.has(id));
    const byApp = received.filter((r) => ids.has(r.id)).map((r) => r.id);
    expect([...byUs, ...byApp].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
  });
});

describe('text messages of matters', () => {
  it('tells a resident who left a phone number when the branch takes up their matter', async () => {
    const m = await raise(app, seed.pavilionA, { contactPhone: '13600136000' });
    await app.gql(`mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { status } }`, { id: m.id }, tokens['secretary-a']);
    const rows = await app.orm.em.fork().find(Notification, { trackingCode: m.trackingCode });
    expect(rows.map((r) => r.text)).toEqual([expect.stringContaining('已由支部受理')]);
    expect(rows[0].phone).toBe('13600136000');
  });
});

describe('orders that carry out a matter', () => {
  it('are made by the office for a matter IN_EXECUTION, which completes only when they are done', async () => {
    const m = await raise(app, seed.pavilionA);
    const CREATE = 'mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { ORDER matter { id } } }';
    const early = await act(CREATE, { input: { matterId: m.id, itemCode: 'FAC-01' } }, tokens['office-a']);
    expect(early.code).toBe('CONFLICT');
    await app.gql(`mutation($id: ID!) { triageMatter(id: $id, decision: ROUTE_TO_OFFICE) { status } }`, { id: m.id }, tokens['secretary-a']);
    expect((await act(CREATE, { input: { matterId: m.id, itemCode: 'FAC-01' } }, tokens['office-b'])).code).toBe('FORBIDDEN');
    const made = await act(CREATE, { input: { matterId: m.id, itemCode: 'FAC-01', buildingId: buildingA } }, tokens['office-a']);
    expect(made.order).toMatchObject({ status: 'DISPATCHED', matter: { id: m.id } });
    const COMPLETE = `mutation($id: ID!) { completeMatter(matterId: $id, note: "已办结") { status } }`;
    expect((await app.gql(COMPLETE, { id: m.id }, tokens['office-a'])).errors?.[0].extensions?.code).toBe('CONFLICT');
    await act(ACK, { id: made.order.id }, tokens['repair-a']);
    await act(FINISH, { id: made.order.id, n: '灯已换' }, tokens['repair-a']);
    await act(CHECK, { id: made.order.id, a: true }, tokens['office-a']);
    const matter = await app.gql(`query($id: ID!) { matter(id: $id) { workOrders { status } } }`, { id: m.id }, tokens['office-a']);
    expect(matter.data.matter.workOrders).toEqual([{ status: 'DONE' }]);
    expect((await app.gql(COMPLETE, { id: m.id }, tokens['office-a'])).data.completeMatter.status).toBe('COMPLETED');
  });
});

describe('figures and live updates', () => {
  it('counts respond minutes, on-time rates, rework and ratings, with the counts behind them', async () => {
    const res = await app.gql(
      `query($c: ID!) { serviceLevels(communityId: $c) { orders responded medianRespondMinutes p90RespondMinutes
      respondCounted onTimeRespondRate onTimeResolveRate done reworked reworkRate rated averageRating } }`,
      { c: String(seed.communityA) },
    );
    const l = res.data.serviceLevels;
    // Twelve orders so far in this community; acknowledged after 25, 0 and 0 minutes, all within their promise.
    expect(l.orders).toBe(12);
    expect(l.responded).toBe(3);
    expect(l.medianRespondMinutes).toBe(0);
    expect(l.p90RespondMinutes).toBe(25);
    expect(l.onTimeRespondRate).toBeCloseTo(3 / l.respondCounted, 3);
    expect(l.done).toBe(3);
    expect(l.reworked).toBe(1);
    expect(l.reworkRate).toBeCloseTo(1 / l.done, 3);
    expect(l.rated).toBe(1);
    expect(l.averageRating).toBe(3);
    const b = await app.gql(`query($c: ID!) { serviceLevels(communityId: $c) { orders medianRespondMinutes } }`, { c: String(seed.communityB) });
    expect(b.data.serviceLevels).toEqual({ orders: 0, medianRespondMinutes: null });
    const bad = await app.gql(`{ serviceLevels(from: "2026-12-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { orders } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('brings each change live to a team phone, with the contact only for the team', async () => {
    const phone = watchOrders(tokens['repair-a'], { t: String(teams.repair) });
    try {
      await untilLive(
        () => report({ itemCode: 'UTL-01', buildingId: null, contactPhone: '13700137000' }),
        () => phone.events.length,
      );
      const last = phone.events.at(-1)!;
      expect(last.status).toBe('DISPATCHED');
      expect(last.contactPhone).toBe('13700137000');
    } finally {
      await phone.ws.dispose();
    }
  });

  it('checks the rights of the list when a subscription starts and at every event; a tracking code follows its one order', async () => {
    // Refused at the start, as workOrders refuses the same callers.
    const refused = [
      watchOrders(undefined, { t: String(teams.repair) }),
      watchOrders(undefined, { c: String(seed.communityA) }),
      watchOrders(undefined, {}),
      watchOrders(tokens['repair-b'], { t: String(teams.repair) }),
      watchOrders(tokens['office-b'], { c: String(seed.communityA) }),
      watchOrders(undefined, { code: 'NOT-A-CODE' }),
    ];
    try {
      await until(() => refused.every((w) => w.errors.length > 0), 'every refused subscription to answer');
      expect(refused.map((w) => w.errors[0]?.extensions?.code)).toEqual([
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'FORBIDDEN',
        'FORBIDDEN',
        'BAD_USER_INPUT',
      ]);
      expect(refused.every((w) => w.events.length === 0)).toBe(true);
    } finally {
      await Promise.all(refused.map((w) => w.ws.dispose()));
    }

    // Started: office B watching everything, and a team member of another community watching
    // every order, see only what workOrders would list for them.
    const officeB = watchOrders(tokens['office-b'], {});
    const memberB = watchOrders(tokens['repair-b'], {});
    const officeA = watchOrders(tokens['office-a'], {});
    const reportB = (token?: string) => app.gql(REPORT, { input: { pavilionId: String(seed.pavilionB), itemCode: 'FAC-01', buildingId: buildingB } }, token);
    try {
      await untilLive(
        () => reportB(),
        () => Math.min(officeB.events.length, memberB.events.length),
      );
      await untilLive(
        () => report({ itemCode: 'UTL-02', buildingId: null }),
        () => officeA.events.length,
      );
      // A's order reached office A; one more order of B's is a barrier after it for B's watchers.
      const codeA = officeA.events.at(-1)!.trackingCode;
      const before = officeB.events.length;
      const last = (await reportB()).data.reportRepair.trackingCode as string;
      await until(() => officeB.events.some((e) => e.trackingCode === last) && memberB.events.some((e) => e.trackingCode === last), "B's last order");
      expect(officeB.events.slice(before).map((e) => e.trackingCode)).not.toContain(codeA);
      expect(officeB.events.every((e) => e.community.id === String(seed.communityB))).toBe(true);
      expect(memberB.events.every((e) => e.community.id === String(seed.communityB))).toBe(true);
    } finally {
      await Promise.all([officeB.ws.dispose(), memberB.ws.dispose(), officeA.ws.dispose()]);
    }

    // Anyone with the code follows that one order, without its contact.
    const mine = await report({ itemCode: 'UTL-03', buildingId: null, contactPhone: '13700137001' });
    const code = mine.data.reportRepair.trackingCode as string;
    const follower = watchOrders(undefined, { code: code.toLowerCase() });
    try {
      const order = await app.orm.em.fork().findOneOrFail(WorkOrder, { trackingCode: code });
      const poke = () =>
        app.services.pubSub.publish('WORK_ORDER_UPDATED', {
          eventId: randomUUID(),
          workOrderId: order.id,
          trackingCode: code,
          communityId: order.community.id,
          teamId: order.team?.id ?? null,
        });
      await untilLive(poke, () => follower.events.length);
      await act(ACK, { id: mine.data.reportRepair.id }, tokens['repair-a']);
      await until(() => follower.events.some((e) => e.status === 'ACKNOWLEDGED'), 'the acknowledgement to reach the code holder');
      expect(follower.events.every((e) => e.trackingCode === code && e.contactPhone === null)).toBe(true);
    } finally {
      await follower.ws.dispose();
    }
  });

  it('shows the orders of a matter, and their codes, only to those who read them whole', async () => {
    const matterId = (await app.orm.em.fork().findOneOrFail(WorkOrder, { matter: { $ne: null } })).matter!.id;
    const Q = 'query($id: ID!) { matter(id: $id) { workOrders { trackingCode status } } }';
    expect((await app.gql(Q, { id: String(matterId) })).data.matter.workOrders).toEqual([]);
    expect((await app.gql(Q, { id: String(matterId) }, tokens['office-b'])).data.matter.workOrders).toEqual([]);
    const office = (await app.gql(Q, { id: String(matterId) }, tokens['office-a'])).data.matter.workOrders;
    expect(office).toHaveLength(1);
    expect(office[0].trackingCode).toMatch(/^[0-9A-Z]{8}$/);
  });
});

describe('paging', () => {
  it('pages by keyset: an order arriving between two page reads makes the next page neither repeat nor skip one', async () => {
    const PAGE = `query($f: WorkOrderFilter, $first: Int, $after: String, $sort: WorkOrderSort) {
      workOrders(filter: $f, first: $first, after: $after, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    const f = { communityId: String(seed.communityA), status: ['REPORTED', 'DISPATCHED', 'ACKNOWLEDGED', 'AWAITING_CHECK', 'DONE', 'ON_LEDGER', 'CANCELLED'] };
    for (const sort of ['NEWEST', 'DEADLINE']) {
      const all = (await app.gql(PAGE, { f, first: 100, sort }, tokens['office-a'])).data.workOrders;
      const before: string[] = all.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(before.length).toBeGreaterThan(6);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; ; page++) {
        type Page = { workOrders: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
        const res: Page['workOrders'] = (await app.gql<Page>(PAGE, { f, first: 3, after, sort }, tokens['office-a'])).data!.workOrders;
        seen.push(...res.edges.map((e) => e.node.id));
        // New orders arrive while the list is being read: the newest first, due soonest.
        if (page === 0) await report({ itemCode: sort === 'NEWEST' ? 'GRN-01' : 'GRN-02', note: `翻页时新到 ${sort}` });
        if (!res.pageInfo.hasNextPage) break;
        after = res.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(before.every((id) => seen.includes(id))).toBe(true);
    }
    const cursor = (await app.gql(PAGE, { f, first: 1, sort: 'NEWEST' }, tokens['office-a'])).data.workOrders.pageInfo.endCursor;
    const wrong = await app.gql(PAGE, { f, first: 1, sort: 'DEADLINE', after: cursor }, tokens['office-a']);
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(PAGE, { f, after: 'bm90IGEgY3Vyc29y' }, tokens['office-a'])).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
