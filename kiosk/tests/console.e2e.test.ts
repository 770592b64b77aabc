import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAt } from '../../server/src/test/processes';
import { noSeriousA11yViolations, pickOption, shot, startStage, type Stage } from './browser';

/**
 * The back office in Chromium, as a branch secretary and as a community office worker: find a
 * matter by its code, filter the overdue ones, export what is shown, open a matter and act on it.
 */
let stage: Stage;
let secretaryToken = '';
const matter = { id: '', trackingCode: '' };

async function signIn(username: string): Promise<Page> {
  const page = await stage.browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await page.goto(`${stage.kiosk.url}/console`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('lianhua2026');
  await page.getByRole('button', { name: '工作人员登录' }).click();
  // The console opens on the workbench; each count leads to its table, filtered to what it counted.
  const toTriage = page.getByTestId('todo-toTriage');
  await toTriage.locator('.ant-statistic-content-value').filter({ hasText: /^\d+$/ }).waitFor();
  const counted = Number(await toTriage.locator('.ant-statistic-content-value').innerText());
  await shot(page, `console-workbench-${username}`);
  await toTriage.click();
  await page.waitForURL(/\/console\/matters\?status=SUBMITTED/);
  await page.locator('.ant-pagination-total-text', { hasText: `共 ${counted} 件` }).waitFor();
  await page.locator('.ant-menu').getByRole('link', { name: '事项' }).click();
  await page.waitForURL(/\/console\/matters$/);
  await page.locator('.ant-table-row').first().waitFor();
  return page;
}

const menu = (page: Page) =>
  page
    .locator('.ant-menu')
    .getByRole('link')
    .allInnerTexts()
    .then((names) => names.map((n) => n.trim()));

async function search(page: Page, text: string) {
  await page.getByLabel('查询码、标题或地点').fill(text);
  await page.getByLabel('查询码、标题或地点').press('Enter');
}

/** The total the table's pager shows. */
async function shownTotal(page: Page): Promise<number> {
  const text = await page.locator('.ant-pagination-total-text').innerText();
  return Number(/\d+/.exec(text)![0]);
}

beforeAll(async () => {
  stage = await startStage('console');
  secretaryToken = (await gqlAt(stage.api.url, 'mutation { login(username: "secretary-wqj", password: "lianhua2026") { token } }')).data.login.token;
  // A matter raised at a kiosk of 万泉街 with one tap: a problem and a place.
  const places = await gqlAt(stage.api.url, '{ pavilion(id: "1") { community { estates { buildings { units { id } } } } } }');
  const unitId = places.data.pavilion.community.estates[0].buildings[0].units[0].id;
  const raised = await gqlAt(stage.api.url, 'mutation($i: RaiseMatterInput!) { raiseMatter(input: $i) { id trackingCode } }', {
    i: { pavilionId: '1', category: 'SAFETY', problemId: 'SAFETY_LIGHT', unitId, contactPhone: '13912345678' },
  });
  Object.assign(matter, raised.data.raiseMatter);
}, 240_000);
afterAll(() => stage?.stop());

describe('the console in Chromium', () => {
  it('as a secretary: finds the matter by its code, filters the overdue, and takes the matter to deliberation', async () => {
    const page = await signIn('secretary-wqj');
    expect(await menu(page)).toEqual(['事项', '议事会', '表决与公示', '服务中心', '物业考评', '公约与网格', '操作日志', '统计']);
    await noSeriousA11yViolations(page);
    await shot(page, 'console-matters');

    await page.getByText('超时未受理').click();
    await page.waitForURL(/overdue=1/);
    await expect.poll(async () => (await page.locator('.ant-table-row').allInnerTexts()).every((r) => r.includes('已超 2 小时'))).toBe(true);
    const overdue = await shownTotal(page);
    expect(overdue).toBeGreaterThan(0);
    const rows = page.locator('.ant-table-row');
    for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).getByText('已超 2 小时').waitFor();
    await shot(page, 'console-matters-overdue');
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.waitForURL(/\/console\/matters$/);

    await search(page, `${matter.trackingCode.slice(0, 4)} ${matter.trackingCode.slice(4)}`);
    await page.waitForURL(/q=/);
    await expect.poll(() => shownTotal(page)).toBe(1);
    await page.getByRole('link', { name: matter.trackingCode }).click();
    await page.waitForURL(new RegExp(`/console/matters/${matter.id}$`));
    await page.getByText('13912345678').waitFor();
    await page.getByText(/1单元/).first().waitFor();
    await noSeriousA11yViolations(page);
    await shot(page, 'console-matter');
    await page.getByRole('button', { name: '转入议事' }).click();
    await page.locator('.ant-card-head').getByText('待议事').waitFor();
    await page.locator('.ant-timeline').getByText('支部受理').waitFor();

    for (const [name, path] of [
      ['meetings', '/console/meetings'],
      ['votes', '/console/votes'],
      ['audit', '/console/audit'],
      ['stats', '/console/stats'],
    ] as const) {
      await page
        .locator('.ant-menu')
        .getByRole('link', { name: { meetings: '议事会', votes: '表决与公示', audit: '操作日志', stats: '统计' }[name] })
        .click();
      await page.waitForURL(new RegExp(`${path}$`));
      await page.waitForLoadState('networkidle');
      await noSeriousA11yViolations(page);
      await shot(page, `console-${name}`);
    }
    // The register is the office's: the secretary's address bar gets a refusal, not the page.
    await page.goto(`${stage.kiosk.url}/console/register`);
    await page.getByText('403').waitFor();
  }, 180_000);

  it('as an office worker: exports what is shown, and reports progress on a matter to completion', async () => {
    // The branch sends the matter to the community office.
    await gqlAt(
      stage.api.url,
      'mutation($id: ID!) { recordResolution(matterId: $id, input: { summary: "社区物业服务中心维修", outcome: EXECUTE }) { id } }',
      { id: matter.id },
      secretaryToken,
    );
    const page = await signIn('office-wqj');
    expect(await menu(page)).toEqual(['事项', '表决与公示', '服务中心', '物业考评', '公约与网格', '户籍与户码', '操作日志', '统计']);

    await pickOption(page, page.getByLabel('状态'), /办理中/);
    await page.keyboard.press('Escape');
    await page.waitForURL(/status=IN_EXECUTION/);
    // The table shows the filter's answer once every row it holds is in execution.
    await expect.poll(async () => (await page.locator('.ant-table-row').allInnerTexts()).every((r) => r.includes('办理中'))).toBe(true);
    const total = await shownTotal(page);

    await page.getByRole('button', { name: /导出/ }).click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByText('导出 CSV', { exact: true }).click()]);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('查询码,标题,社区,地点,类别,状态,提出时间,附议,进度,联系电话');
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.includes(',办理中,'))).toBe(true);
    await page.getByRole('button', { name: /导出/ }).click();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByText('导出 Excel', { exact: true }).click()]);
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    await search(page, matter.trackingCode);
    await page.getByRole('link', { name: matter.trackingCode }).click();
    await page.getByLabel('进度（%）').fill('60');
    await page.getByLabel('进展说明').fill('已更换灯泡，正在检修线路');
    await page.getByRole('button', { name: '报告进展' }).click();
    await page.locator('.ant-timeline').getByText('已更换灯泡，正在检修线路').waitFor();
    await page.getByLabel('进展说明').fill('线路修好，灯亮了');
    await page.getByRole('button', { name: '办结' }).click();
    await page.locator('.ant-card-head').getByText('已完成').waitFor();
    await page.getByText('当前没有您可做的操作').waitFor();

    await page.locator('.ant-menu').getByRole('link', { name: '户籍与户码' }).click();
    await page.getByLabel('小区', { exact: true }).click();
    await page.locator('.ant-select-item-option').first().click();
    await page.locator('.ant-tree-treenode-leaf-last, .ant-tree-treenode').filter({ hasText: /单元/ }).first().click();
    await page.locator('.ant-table-row').first().waitFor();
    await noSeriousA11yViolations(page);
    await shot(page, 'console-register');

    await page.locator('.ant-menu').getByRole('link', { name: '操作日志' }).click();
    // In words: the role, the action and its details, never the API's names or JSON.
    await page.getByRole('cell', { name: '办结事项' }).first().waitFor();
    expect(await page.locator('.ant-table').innerText()).not.toMatch(/completeMatter|triageMatter|\{"/);
    await page.getByRole('button', { name: '校验哈希链' }).click();
    await page.getByText(/完整：\d+ 条记录环环相扣/).waitFor();
    await shot(page, 'console-audit-checked');
  }, 180_000);

  it('loads none of the console’s code on kiosk pages', async () => {
    const page = await stage.browser.newPage();
    const scripts: string[] = [];
    page.on('response', async (r) => {
      if (r.url().endsWith('.js')) scripts.push(await r.text().catch(() => ''));
    });
    for (const path of ['/p/1', '/p/1/raise', '/p/1/track', '/p/1/vote']) {
      await page.goto(`${stage.kiosk.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.includes('ant-btn'))).toHaveLength(0);
  }, 60_000);
});
