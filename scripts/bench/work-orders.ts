/**
 * The service centre under load, on SQLite with the demo year (about 18,000 orders): the API in
 * its own process, 50 connections for 60 s sending kiosk repair reports and team
 * acknowledgements of the orders those reports made. Prints orders/s, p99, and the time to
 * compute serviceLevels over the year, each beside a baseline measured in the same run (the
 * same server answering `{ __typename }`), after a 5 s warm-up of the same load. Targets: >= 300 reports/s, p99 < 100 ms,
 * serviceLevels < 100 ms. `npm run bench:work-orders [-- seconds]`
 */
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { initOrm } from '../../server/src/orm.config';
import { Building, Pavilion } from '../../server/src/register';
import { ServiceItem, ServiceTeam } from '../../server/src/service-centre';
import { gqlAt, startApiProcess } from '../../server/src/test/processes';

const SECONDS = Number(process.argv[2] ?? 60);
/** `--profile=<dir>`: the API process writes a CPU profile there when it stops. */
const PROFILE = process.argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
const CONNECTIONS = 50;
const WARM_UP_SECONDS = 5;
const PASSWORD = 'lianhua2026';

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-orders-'));
  const file = join(dir, 'orders.sqlite');
  const started = Date.now();
  const api = await startApiProcess(
    { DATABASE_URL: `sqlite:${file}`, DEMO_DATA: 'true', LOG_LEVEL: 'error', KIOSK_REPORTS_PER_MINUTE: '100000000' },
    120_000,
    PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [],
  );
  console.log(`demo loaded and API ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    // What kiosks would offer: the pavilions and buildings of the communities that have teams.
    const orm = await initOrm({ driver: 'sqlite', url: file });
    const em = orm.em.fork();
    const teams = await em.find(ServiceTeam, {}, { populate: ['community'] });
    const communities = [...new Set(teams.map((t) => t.community.id))];
    const places: Array<{ pavilion: number; buildings: number[] }> = [];
    for (const c of communities) {
      const buildings = (await em.find(Building, { estate: { community: c } }, { fields: ['id'] })).map((b) => b.id);
      for (const p of await em.find(Pavilion, { community: c }, { fields: ['id'] })) places.push({ pavilion: p.id, buildings });
    }
    const items = (await em.find(ServiceItem, { current: true })).map((i) => i.code);
    const teamUsers = await orm.em
      .fork()
      .getConnection()
      .execute<Array<{ username: string; team_id: number }>>(
        "select u.username, m.team_id from staff_user u join service_team_member m on m.staff_id = u.id where u.username like '%-1'",
      );
    await orm.close(true);
    const tokenOfTeam = new Map<number, string>();
    for (const u of teamUsers) {
      const res = await gqlAt(api.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: u.username, p: PASSWORD });
      tokenOfTeam.set(Number(u.team_id), res.data.login.token);
    }

    const baseline = await autocannon({
      url: api.url,
      connections: CONNECTIONS,
      duration: Math.max(5, Math.round(SECONDS / 6)),
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    console.log(`baseline { __typename }: ${baseline.requests.average.toFixed(0)} req/s, p99 ${baseline.latency.p99} ms`);

    const toAcknowledge: Array<{ id: string; team: number }> = [];
    const queued = new Set<string>();
    let reports = 0;
    let acknowledgements = 0;
    let refused = 0;
    const errorCodes = new Map<string, number>();
    let n = 0;
    const REPORT = 'mutation($i: ReportRepairInput!) { reportRepair(input: $i) { id status team { id } } }';
    const ACK = 'mutation($id: ID!) { acknowledgeWorkOrder(id: $id) { id status } }';
    const load = (seconds: number) =>
      autocannon({
        url: api.url,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            setupRequest: (req, context) => {
              n++;
              const ack = n % 2 === 0 ? toAcknowledge.shift() : undefined;
              (context as { kind?: string }).kind = ack ? 'ack' : 'report';
              if (ack) {
                return {
                  ...req,
                  headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOfTeam.get(ack.team)}` },
                  body: JSON.stringify({ query: ACK, variables: { id: ack.id } }),
                };
              }
              const place = places[n % places.length];
              const input = {
                pavilionId: String(place.pavilion),
                itemCode: items[(n * 7) % items.length],
                buildingId: place.buildings.length ? String(place.buildings[(n * 13) % place.buildings.length]) : null,
              };
              return { ...req, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: REPORT, variables: { i: input } }) };
            },
            onResponse: (_status, body, context) => {
              const parsed = JSON.parse(body) as { data?: { reportRepair?: { id: string; status: string; team: { id: string } | null } }; errors?: unknown };
              if (parsed.errors) {
                refused++;
                const code = (parsed.errors as Array<{ extensions?: { code?: string } }>)[0]?.extensions?.code ?? 'unknown';
                errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
              } else if ((context as { kind?: string }).kind === 'ack') acknowledgements++;
              else {
                reports++;
                const o = parsed.data!.reportRepair!;
                // A report that folded answers with an order already queued: acknowledged once.
                if (o.status === 'DISPATCHED' && o.team && !queued.has(o.id)) {
                  queued.add(o.id);
                  toAcknowledge.push({ id: o.id, team: Number(o.team.id) });
                }
              }
            },
          },
        ],
      });
    // The first seconds after start run code the JIT has not compiled yet, and fill the caches:
    // a server runs for months, so the figures are of the run after a warm-up of the same load.
    const warm = await load(WARM_UP_SECONDS);
    console.log(`warm-up (not counted): ${WARM_UP_SECONDS} s, ${warm.requests.average.toFixed(0)} req/s, p99 ${warm.latency.p99} ms`);
    reports = acknowledgements = refused = 0;
    errorCodes.clear();
    const cpuBefore = cpuMsOf(api.child.pid!);
    const result = await load(SECONDS);
    const cpuMs = cpuMsOf(api.child.pid!) - cpuBefore;
    const perSecond = reports / SECONDS;
    console.log(
      `reports: ${reports} in ${SECONDS} s = ${perSecond.toFixed(0)} reports/s (target >= 300), with ${acknowledgements} acknowledgements (${(acknowledgements / SECONDS).toFixed(0)}/s); ` +
        `all requests ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (target < 100 ms); errors ${refused}${errorCodes.size ? ` (${[...errorCodes].map(([c, k]) => `${c} ${k}`).join(', ')})` : ''}, non-2xx ${result.non2xx}`,
    );
    console.log(`ratio to baseline: ${(result.requests.average / baseline.requests.average).toFixed(3)} of the { __typename } request rate`);
    console.log(
      `API process CPU: ${(cpuMs / result.requests.total).toFixed(2)} ms per request (all its threads; less noisy than the rates on a shared machine)`,
    );

    const times: number[] = [];
    let orders = 0;
    for (let i = 0; i < 7; i++) {
      const t = process.hrtime.bigint();
      const res = await gqlAt(
        api.url,
        '{ serviceLevels { orders medianRespondMinutes p90RespondMinutes onTimeRespondRate onTimeResolveRate reworkRate averageRating } }',
      );
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      orders = res.data.serviceLevels.orders;
    }
    const base: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = process.hrtime.bigint();
      await gqlAt(api.url, '{ __typename }');
      base.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `serviceLevels over ${orders} orders: median ${med(times).toFixed(1)} ms over HTTP (target < 100 ms); baseline { __typename } ${med(base).toFixed(1)} ms; ratio ${(med(times) / med(base)).toFixed(1)}`,
    );
  } finally {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU time (user and system, every thread) a process has used so far, from /proc. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
