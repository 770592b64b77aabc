import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { testDatabase } from '../../server/src/test/harness';
import { startApiProcess, type ApiProcess } from '../../server/src/test/processes';
import { until } from '../../server/src/test/until';
import { ensureKioskBuild, startKiosk } from './servers';

/** What every browser test shares: Debian's Chromium, the API with the demo, the built kiosk, and the page checks. */
export const OUT = join(__dirname, '../../test-output/kiosk');
const AXE = require.resolve('axe-core/axe.min.js');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface Stage {
  api: ApiProcess;
  kiosk: { url: string; stop(): Promise<void> };
  browser: Browser;
  stop(): Promise<void>;
}

/** The API on its own database with the demo loaded, the kiosk in front of it, and a browser. */
export async function startStage(name: string): Promise<Stage> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's browser with .ci/browser-deps (apt-get install -y chromium fonts-noto-cjk)`);
  mkdirSync(OUT, { recursive: true });
  await ensureKioskBuild();
  const cleanups: Array<() => unknown> = [];
  const stop = async () => {
    for (const c of cleanups.reverse()) await c();
  };
  try {
    const db = await testDatabase();
    cleanups.push(db.drop);
    const api = await startApiProcess(
      {
        DATABASE_URL: db.database.driver === 'sqlite' ? `sqlite:${db.database.url}` : db.database.url,
        DEMO_DATA: 'true',
        ADMIN_PASSWORD: 'e2e-admin-pass',
        REDIS_PREFIX: `${name}${process.pid}:`,
      },
      120_000,
    );
    cleanups.push(() => api.stop());
    const kiosk = await startKiosk(api.url);
    cleanups.push(() => kiosk.stop());
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());
    return { api, kiosk, browser, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
}

export async function noSeriousA11yViolations(page: Page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(),
  );
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  expect(serious).toEqual([]);
}

/** Every button and link a resident touches is at least 48 px high and wide. */
export async function touchTargetsAreLarge(page: Page) {
  const small = await page.$$eval('main button, main a, nav a, header button', (els) =>
    els
      .map((e) => ({ text: (e as HTMLElement).innerText.slice(0, 20), r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.height < 48 || r.width < 48))
      .map(({ text, r }) => `${text} ${Math.round(r.width)}x${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
}

/** Icons are SVG: no emoji character, which a device without a colour-emoji font shows as a box. */
export async function noEmoji(page: Page) {
  const text = await page.evaluate(() => document.body.innerText);
  expect(text.match(/\p{Extended_Pictographic}/gu) ?? []).toEqual([]);
}

/** Counts the GraphQL requests a page sends over HTTP (subscriptions go over its WebSocket). */
export function countGraphqlRequests(page: Page): { readonly count: number; urls: string[] } {
  const seen = { count: 0, urls: [] as string[] };
  page.on('request', (r) => {
    if (r.url().includes('/graphql') && r.method() !== 'OPTIONS') {
      seen.count++;
      seen.urls.push(`${r.method()} ${r.postData()?.slice(0, 80) ?? r.url()}`);
    }
  });
  return seen;
}

/** Starts counting the taps (clicks) on a page; the returned function reads how many since. */
export async function countTaps(page: Page): Promise<() => Promise<number>> {
  const key = `taps${Math.random().toString(36).slice(2)}`;
  await page.evaluate((k) => {
    const w = window as unknown as Record<string, number>;
    w[k] = 0;
    document.addEventListener('click', () => w[k]++, true);
  }, key);
  return () => page.evaluate((k) => (window as unknown as Record<string, number>)[k], key);
}

/**
 * Chooses an option of an Ant Design select and waits until the select shows it. On a busy
 * machine a click while the list is still opening can be lost: then it opens the list and picks
 * again, never twice for a choice already shown.
 */
export async function pickOption(page: Page, select: Locator, option: RegExp) {
  const box = select.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const shown = async () => option.test((await box.innerText()).trim());
  await until(async () => {
    if (await shown()) return true;
    if (!(await page.locator('.ant-select-dropdown:visible').count())) await select.click({ timeout: 5_000 }).catch(() => undefined);
    const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
    await item.click({ timeout: 5_000 }).catch(() => undefined);
    return until(shown, 'the choice to show', 3_000).catch(() => false);
  }, `the select to show ${option}`);
}
