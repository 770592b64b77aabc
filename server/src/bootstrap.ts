import type { App } from './app';
import type { Config } from './config';
import { DEMO_STAFF_PASSWORD, loadDemoData } from './demo/lianhua';
import { Community } from './register';

/**
 * First-start work: the first sub-district administrator, and the demo register when asked for
 * and the database is empty. Returns the lines to show the person who started the server.
 */
export async function bootstrap(app: App, config: Config): Promise<string[]> {
  const em = app.orm.em.fork();
  const lines: string[] = [];
  const admin = await app.services.auth.ensureAdmin(em, config.adminPassword);
  if (admin.created) {
    lines.push(
      admin.generatedPassword
        ? `Created staff user "admin" (STREET_ADMIN) with password: ${admin.generatedPassword}  (shown once; set ADMIN_PASSWORD to choose it)`
        : 'Created staff user "admin" (STREET_ADMIN) with the password in ADMIN_PASSWORD',
    );
  }
  if (config.demoData && (await em.count(Community)) === 0) {
    const started = Date.now();
    const demo = await loadDemoData(em, app.services);
    lines.push(
      `Loaded the demo data of Lianhua sub-district: ${demo.pavilions} pavilions, ${demo.homes} homes, a year of ${demo.matters} matters and ${demo.workOrders} work orders (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    const kiosk = `http://localhost:${config.kioskPort}`;
    lines.push(`Demo staff logins (console at ${kiosk}/console):`);
    for (const l of demo.logins) lines.push(`  ${l.username.padEnd(16)} ${l.password}   ${l.role.padEnd(12)} ${l.scope}`);
    lines.push(`Demo service team logins (team phone page at ${kiosk}/team; every team has members -1 and -2):`);
    for (const l of demo.teamLogins.filter((_, i) => i % 5 === 1 || i < 5)) lines.push(`  ${l.username.padEnd(22)} ${DEMO_STAFF_PASSWORD}   ${l.team}`);
    lines.push(`Demo patrol logins (breaches of the convention at ${kiosk}/patrol):`);
    for (const l of demo.patrolLogins) lines.push(`  ${l.username.padEnd(22)} ${DEMO_STAFF_PASSWORD}   ${l.team}`);
    lines.push('Demo resident credentials (kiosk vote page):');
    for (const r of demo.residents) lines.push(`  home code ${r.homeCode}  PIN ${r.pin}   ${r.home}`);
  }
  return lines;
}
