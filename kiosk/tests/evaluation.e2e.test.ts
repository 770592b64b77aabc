import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAt } from '../../server/src/test/processes';
import { formatPeriod } from '../src/lib/format';
import { recentPeriods } from '../src/lib/periods';
import { countTaps, noEmoji, noSeriousA11yViolations, shot, startStage, touchTargetsAreLarge, type Stage } from './browser';

/**
 * The property-service evaluation in Chromium: a resident of 宏源花园 reads the scorecard, the
 * ranking and the two-year trend at the kiosk, rates the company and complains with taps only;
 * the sub-district records a check, closes a month and puts a warned company to the owners.
 */
let stage: Stage;

async function tapDigits(page: Page, digits: string) {
  for (const d of digits) await page.locator('.keypad button', { hasText: new RegExp(`^${d}$`) }).click();
}

async function signIn(page: Page) {
  await tapDigits(page, '20260004');
  await tapDigits(page, '480246');
  await page.getByRole('button', { name: '登录' }).click();
}

beforeAll(async () => {
  stage = await startStage('evaluation');
}, 240_000);
afterAll(() => stage?.stop());

describe('the property evaluation in Chromium', () => {
  it('kiosk: scorecard, ranking, trend and how it is scored; rating and a complaint by taps', async () => {
    const { browser, kiosk, api } = stage;
    const pavilions = (await gqlAt(api.url, '{ pavilions { id community { name } } }')).data.pavilions as Array<{ id: string; community: { name: string } }>;
    const pavilion = pavilions.find((p) => p.community.name === '花土湾社区')!;
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${kiosk.url}/p/${pavilion.id}`);
    await page.getByRole('link', { name: '物业评价' }).click();
    const estate = page.getByRole('button', { name: /^宏源花园 · / });
    await estate.click();
    await page.getByTestId('scorecard').waitFor();
    expect(Number(await page.getByTestId('scorecard-total').innerText())).toBeGreaterThan(0);
    await page.getByText('街道已公布').first().waitFor();
    await page.getByRole('heading', { name: '各物业公司排名' }).waitFor();
    await page.getByRole('img', { name: /物业费收缴率/ }).waitFor();
    await page.getByRole('heading', { name: '怎么评分' }).waitFor();
    await noSeriousA11yViolations(page);
    await touchTargetsAreLarge(page);
    await noEmoji(page);
    await shot(page, 'property-scorecard');

    await page.getByRole('button', { name: '我来评价' }).click();
    await signIn(page);
    const questions = page.locator('fieldset.stars:not(.all-stars)');
    await questions.first().waitFor();
    expect(await questions.count()).toBe(4);
    // The panel says which estate and company the home is rating.
    expect(await page.getByTestId('rating-target').innerText()).toMatch(/宏源花园/);
    // Signed in once, each further step is a few taps: one rates every question alike, one sends.
    const taps = await countTaps(page);
    await page.getByRole('button', { name: '所有问题都打 4 颗星' }).click();
    for (let i = 0; i < 4; i++) expect(await questions.nth(i).getByRole('button', { name: '4 颗星' }).getAttribute('aria-pressed')).toBe('true');
    await shot(page, 'property-rating');
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('谢谢！您的评价已记录').waitFor();
    expect(await taps()).toBeLessThanOrEqual(3);
    await page.getByRole('button', { name: '完成' }).click();

    // Still signed in (the bar says so): a complaint needs no second sign-in.
    await page.getByTestId('resident-bar').waitFor();
    const complaintTaps = await countTaps(page);
    await page.getByRole('button', { name: '一键投诉' }).click();
    await page.getByRole('button', { name: '卫生保洁差' }).click();
    await page.getByText('投诉已记录，计入本月考评。').waitFor();
    expect(await complaintTaps()).toBeLessThanOrEqual(3);
    await page.getByRole('button', { name: '完成' }).click();
    await page.close();
  });

  it('console: the sub-district compares, checks, closes a month and puts a warned company to the owners', async () => {
    const { browser, kiosk } = stage;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${kiosk.url}/console`);
    await page.getByLabel('用户名').fill('street');
    await page.getByLabel('密码').fill('lianhua2026');
    await page.getByRole('button', { name: '工作人员登录' }).click();
    await page.locator('.ant-menu').getByRole('link', { name: '物业考评' }).click();
    const warned = page.locator('.ant-table-row', { hasText: '巴渝家园物业' });
    await warned.waitFor();
    expect(await page.locator('.ant-table-row').count()).toBeGreaterThan(5);
    await shot(page, 'property-console-comparison');
    await warned.locator('button.ant-btn-dangerous').first().click();
    await page.getByText('已生成议事事项').waitFor();

    await page.getByRole('tab', { name: '月度检查' }).click();
    await page.getByLabel('人员在岗').fill('4.5');
    await page.getByRole('button', { name: '保存检查' }).click();
    await page.getByText(/检查已保存/).waitFor();

    await page.getByRole('tab', { name: '关闭考评期' }).click();
    // The latest past month still open is offered: the demo closed only the last one.
    const open = recentPeriods('MONTH', 3)[2];
    await page.getByRole('tabpanel', { name: '关闭考评期' }).getByTitle(formatPeriod(open, 'zh-CN')).waitFor();
    await page.getByRole('button', { name: '关闭并公布' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    // Either the result or the error the console shows, so that a failure says why.
    const outcome = page
      .getByRole('status')
      .filter({ hasText: `已关闭并公示：${formatPeriod(open, 'zh-CN')}` })
      .or(page.locator('.ant-alert-error'));
    await outcome.first().waitFor({ timeout: 60_000 });
    // The banner names the period that was closed, not the next one the picker moves on to.
    expect(await outcome.first().innerText()).toContain(`已关闭并公示：${formatPeriod(open, 'zh-CN')}`);
    await shot(page, 'property-console-closed');
    // The standard, revised as a whole: the total must stay 100 before it can be published.
    await page.getByRole('tab', { name: '评分标准' }).click();
    await page.getByText('合计 100 分').waitFor();
    await page.getByLabel('人员在岗 得分').fill('4');
    await page.getByText('合计 99 分').waitFor();
    await page.getByLabel('物业费收缴率 得分').fill('7');
    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.getByText('已发布第 2 版').waitFor();
    await page.close();
  }, 180_000);
});
