import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAt, type ApiProcess } from '../../server/src/test/processes';
import { noSeriousA11yViolations, shot, startStage } from './browser';

/**
 * Every kiosk screen as a resident meets it, at both kiosk orientations and on a phone: what
 * they must press is on the screen and not under the bottom bar, no machine text reaches them,
 * and tracking needs taps only.
 */
let api: ApiProcess;
let kiosk: { url: string; stop(): Promise<void> };
let browser: Browser;
const cleanups: Array<() => unknown> = [];
let trackingCode = '';
/** A pavilion of the public-rental area, whose together page has a convention in force and joint problems. */
let publicRental = '';

const SIZES = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
} as const;

/** Text no resident should read: ISO timestamps, enum names, period codes. */
const MACHINE_TEXT = [/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, /\b[A-Z]{2,}_[A-Z_]{2,}\b/, /\b\d{4}-Q[1-4]\b/, /\b(?:OPEN|CLOSED|PENDING|SUBMITTED|TRIAGED)\b/];

async function machineText(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return MACHINE_TEXT.flatMap((re) => text.match(new RegExp(re, 'g')) ?? []);
}

/**
 * Each primary control, scrolled to, is inside the viewport and is what a finger at its centre
 * touches: nothing (the fixed bottom bar, a header) lies over it.
 */
async function primaryControlsReachable(page: Page): Promise<string[]> {
  const controls = page.locator('main button.primary:visible, main a.primary:visible, main [data-primary]:visible');
  const blocked: string[] = [];
  for (let i = 0; i < (await controls.count()); i++) {
    const c = controls.nth(i);
    const verdict = await c.evaluate((el) => {
      // As a finger would: scrolled to the middle of the screen where the page allows.
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return 'outside the viewport';
      const hit = document.elementFromPoint(x, y);
      return hit && (hit === el || el.contains(hit))
        ? null
        : `covered by ${hit?.tagName.toLowerCase()} "${(hit as HTMLElement | null)?.innerText?.slice(0, 12)}" at ${Math.round(x)},${Math.round(y)} of ${window.innerWidth}x${window.innerHeight}`;
    });
    if (verdict) blocked.push(`${(await c.innerText()).slice(0, 20)}: ${verdict}`);
  }
  return blocked;
}

beforeAll(async () => {
  const stage = await startStage('screens');
  cleanups.push(stage.stop);
  ({ api, kiosk, browser } = stage);
  const board = await gqlAt(api.url, '{ matters(filter: { pavilionId: 1 }, first: 1) { edges { node { trackingCode } } } }');
  expect(board.errors).toBeUndefined();
  trackingCode = board.data.matters.edges[0].node.trackingCode;
  const pavilions = (await gqlAt(api.url, '{ pavilions { id community { name } } }')).data.pavilions as Array<{ id: string; community: { name: string } }>;
  publicRental = pavilions.find((p) => p.community.name === '云篆山水一社区')!.id;
}, 240_000);

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('every screen as its person uses it', () => {
  it('finds a matter by its code with taps only, at both kiosk orientations', async () => {
    for (const size of ['portrait', 'landscape'] as const) {
      const page = await browser.newPage({ viewport: SIZES[size] });
      let keysPressed = 0;
      await page.exposeFunction('countKey', () => keysPressed++);
      await page.addInitScript(() => window.addEventListener('keydown', () => (window as unknown as { countKey(): void }).countKey(), true));
      await page.goto(`${kiosk.url}/p/1`);
      await page.locator('nav.bottom').getByRole('link', { name: '查询进度' }).click();
      const keypad = page.getByRole('group', { name: '查询码键盘' });
      await keypad.waitFor();
      await shot(page, `track-keypad-${size}`);
      // Characters that no code holds are not offered.
      for (const absent of ['0', 'O', '1', 'I', 'L']) expect(await keypad.getByRole('button', { name: absent, exact: true }).count()).toBe(0);
      for (const c of trackingCode) await keypad.getByRole('button', { name: c, exact: true }).click();
      // The eighth key finds the matter: no submit, no keyboard.
      await page.getByRole('heading', { name: '办理过程' }).waitFor();
      expect(keysPressed).toBe(0);
      expect(await machineText(page)).toEqual([]);
      await shot(page, `track-found-${size}`);
      await page.close();
    }
  }, 120_000);

  it('keeps every primary control on the screen and uncovered, in both orientations and on a phone', async () => {
    const screens = [
      ['board', '/p/1'],
      ['raise', '/p/1/raise'],
      ['repair', '/p/1/repair'],
      ['track', '/p/1/track'],
      ['vote', '/p/1/vote'],
      ['verify', '/p/1/verify'],
      ['property', '/p/1/property'],
      ['together', '/p/1/together'],
      ['together-public-rental', `/p/${publicRental}/together`],
      ['property-public-rental', `/p/${publicRental}/property`],
    ] as const;
    const problems: string[] = [];
    for (const size of ['portrait', 'landscape', 'phone'] as const) {
      const page = await browser.newPage({ viewport: SIZES[size] });
      for (const [name, path] of screens) {
        await page.goto(`${kiosk.url}${path}`);
        await page.waitForLoadState('networkidle');
        for (const p of await primaryControlsReachable(page)) problems.push(`${name} ${size}: ${p}`);
        for (const t of await machineText(page)) problems.push(`${name} ${size}: machine text "${t}"`);
        await noSeriousA11yViolations(page);
        await shot(page, `screen-${name}-${size}`);
      }
      await page.goto(`${kiosk.url}/m/${trackingCode}`);
      await page.waitForLoadState('networkidle');
      for (const t of await machineText(page)) problems.push(`phone page ${size}: machine text "${t}"`);
      await noSeriousA11yViolations(page);
      await shot(page, `screen-phone-matter-${size}`);
      if (size === 'phone')
        for (const [name, path] of [
          ['team', '/team'],
          ['patrol', '/patrol'],
          ['ballot-check', '/v/ABCDEFGHJKMN'],
        ] as const) {
          await page.goto(`${kiosk.url}${path}`);
          await page.waitForLoadState('networkidle');
          for (const t of await machineText(page)) problems.push(`${name} phone: machine text "${t}"`);
          for (const p of await primaryControlsReachable(page)) problems.push(`${name} phone: ${p}`);
          await noSeriousA11yViolations(page);
          await shot(page, `screen-${name}-phone`);
        }
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
