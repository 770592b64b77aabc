import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAt } from '../../server/src/test/processes';
import { countTaps, noEmoji, noSeriousA11yViolations, shot, startStage, touchTargetsAreLarge, type Stage } from './browser';

/**
 * Conventions, the grid and joint meetings in Chromium: the public-rental area's convention in
 * force at its kiosk with its breaches, who to ask and the joint problems; a patrol records a
 * breach on a phone; a secretary drafts a convention in the console and opens it, and a resident
 * comments and proposes a wording at the kiosk by taps; the branch accepts it and publishes.
 */
let stage: Stage;

async function tapDigits(page: Page, digits: string) {
  for (const d of digits) await page.locator('.keypad button', { hasText: new RegExp(`^${d}$`) }).click();
}

beforeAll(async () => {
  stage = await startStage('together');
}, 240_000);
afterAll(() => stage?.stop());

async function consoleAs(username: string) {
  const page = await stage.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${stage.kiosk.url}/console`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('lianhua2026');
  await page.getByRole('button', { name: '工作人员登录' }).click();
  await page.locator('.ant-menu').getByRole('link', { name: '公约与网格' }).click();
  return page;
}

describe('conventions, the grid and joint meetings in Chromium', () => {
  it('kiosk of the public-rental area: the convention in force and its breaches, who to ask, the joint problems', async () => {
    const { browser, kiosk, api } = stage;
    const pavilions = (await gqlAt(api.url, '{ pavilions { id community { name } } }')).data.pavilions as Array<{ id: string; community: { name: string } }>;
    const pavilion = pavilions.find((p) => p.community.name === '云篆山水一社区')!;
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${kiosk.url}/p/${pavilion.id}`);
    await page.getByRole('link', { name: '公约共建' }).click();
    await page.getByTestId('convention-stage').getByText('执行中').waitFor();
    expect(await page.getByTestId('article').count()).toBe(10);
    expect(await page.getByTestId('breach-year').innerText()).toMatch(/近12个月 \d+ 次，前12个月 \d+ 次/);
    await page.getByRole('heading', { name: '版本变化' }).waitFor();
    await noSeriousA11yViolations(page);
    await touchTargetsAreLarge(page);
    await noEmoji(page);
    await shot(page, 'convention-in-force');
    await page.getByRole('button', { name: '找谁问' }).click();
    await page.getByTestId('building-head').first().waitFor();
    expect(await page.getByTestId('building-head').count()).toBe(6);
    await page.getByRole('button', { name: '联席会议' }).click();
    await page.getByTestId('joint-problem').first().waitFor();
    expect(await page.getByTestId('joint-problem').filter({ hasText: '已解决' }).count()).toBe(35);
    await shot(page, 'joint-problems');
    await page.close();
  });

  it('a patrol records a breach on the phone, naming nobody', async () => {
    const phone = await stage.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${stage.kiosk.url}/patrol`);
    await phone.getByLabel('用户名').fill('patrol-yz1-silver-1');
    await phone.getByLabel('密码').fill('lianhua2026');
    await phone.getByRole('button', { name: '确认' }).click();
    await phone.getByRole('button', { name: /^第 2 条/ }).click();
    await phone.getByLabel('地点（不写个人信息）').fill('1栋楼下');
    await phone.getByRole('button', { name: '劝导成功' }).click();
    await noSeriousA11yViolations(phone);
    await shot(phone, 'patrol-phone');
    await phone.getByRole('button', { name: '登记' }).click();
    await phone.getByText('已登记，谢谢！').waitFor();
    await phone.close();
  });

  it('a secretary drafts and opens a convention; a resident comments and proposes by taps; the branch accepts and publishes', async () => {
    const secretary = await consoleAs('secretary-wqj');
    await secretary.getByLabel('标题', { exact: true }).fill('万泉街文明养犬公约');
    await secretary.getByLabel('条款（每行一条）').fill('出门牵绳。\n及时清理粪便。\n不在楼道内饲养。');
    await secretary.getByRole('button', { name: '生成草案' }).click();
    await secretary.locator('.ant-table-row', { hasText: '万泉街文明养犬公约' }).click();
    await secretary.getByRole('button', { name: '开始征求意见' }).click();
    await secretary.locator('.ant-table-row', { hasText: '万泉街文明养犬公约' }).getByText('征求意见中').waitFor();
    await shot(secretary, 'convention-console');

    const page = await stage.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${stage.kiosk.url}/p/1/together`);
    await page.getByTestId('convention-stage').getByText('征求意见中').waitFor();
    const first = page.getByTestId('article').first();
    await first.getByRole('button', { name: '评论' }).click();
    await tapDigits(page, '20260001');
    await tapDigits(page, '135790');
    await page.getByRole('button', { name: '登录' }).click();
    // Signed in once, supporting an article is one tap.
    const taps = await countTaps(page);
    await first.getByRole('button', { name: '支持这一条' }).click();
    await page.getByText('已提交，谢谢参与！').waitFor();
    expect(await taps()).toBeLessThanOrEqual(3);
    const second = page.getByTestId('article').nth(1);
    await second.getByRole('button', { name: '提修改意见' }).click();
    await page.locator('.simple-keyboard .hg-button', { hasText: /^1$/ }).first().click();
    await second.getByRole('button', { name: '写得不够清楚' }).click();
    await second.getByRole('button', { name: '提交' }).click();
    await page.getByText('已提交，谢谢参与！').waitFor();
    await second.getByText('待支部决定').waitFor();
    await shot(page, 'convention-consultation');
    await page.close();

    await secretary.reload();
    await secretary.locator('.ant-table-row', { hasText: '万泉街文明养犬公约' }).click();
    await secretary.getByRole('button', { name: '采纳', exact: true }).click();
    await secretary.getByRole('button', { name: '发布新版本' }).click();
    await secretary.getByText('万泉街文明养犬公约 · 征求意见中 · 第 2 版').waitFor();
    await secretary.close();
  });
});
