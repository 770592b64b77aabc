import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAt } from '../../server/src/test/processes';
import { countGraphqlRequests, noEmoji, noSeriousA11yViolations, pickOption, shot, startStage, touchTargetsAreLarge, type Stage } from './browser';
import { until } from '../../server/src/test/until';

/**
 * The service centre in Chromium: a resident reports a broken stair light at the kiosk with taps
 * only, follows it on a phone, the team takes and finishes it on its phone, the office checks it
 * in the console, and the resident rates it; the phone page follows every step without reloading.
 */
let stage: Stage;

/** The demo's team user names: team-<community>-<team>-<n>. */
const TEAM_USERS: Record<string, string> = { 万泉街水电维修队: 'team-wqj-water-1', 万泉街设施维修队: 'team-wqj-fix-1' };

beforeAll(async () => {
  stage = await startStage('service');
}, 240_000);
afterAll(() => stage?.stop());

describe('the service centre in Chromium', () => {
  it('report at the kiosk → team phone takes and finishes it → the office checks it → the resident rates it, live on the phone', async () => {
    const { browser, kiosk, api } = stage;
    const kioskPage = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await kioskPage.goto(`${kiosk.url}/p/1`);
    await kioskPage.getByTestId('service-median').waitFor();
    await kioskPage.getByRole('link', { name: '我要报修' }).click();
    await kioskPage.getByRole('button', { name: '公共设施' }).click();
    await kioskPage.getByRole('button', { name: /楼道灯维修/ }).click();
    // The place: the buildings around the pavilion come first; one tap on the first unit offered.
    await kioskPage.getByRole('heading', { name: '本亭附近的楼栋' }).waitFor();
    await shot(kioskPage, 'repair-place');
    await kioskPage.locator('.building-row button').first().click();
    await kioskPage.getByText('请确认报修内容').waitFor();
    await noSeriousA11yViolations(kioskPage);
    await touchTargetsAreLarge(kioskPage);
    await noEmoji(kioskPage);
    await shot(kioskPage, 'repair-review');
    await kioskPage.getByRole('button', { name: '确认报修' }).click();
    const code = (await kioskPage.getByTestId('order-code').innerText()).replace(/[\s-]/g, '');
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    await shot(kioskPage, 'repair-receipt');

    // The resident's phone, from the QR code.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${kiosk.url}/w/${code}`);
    await phone.getByTestId('order-status').getByText('已派单').waitFor();
    const teamName = (await phone.getByTestId('order-team').innerText()).trim();
    expect(Object.keys(TEAM_USERS)).toContain(teamName);
    await noSeriousA11yViolations(phone);
    await shot(phone, 'repair-phone-dispatched');
    // Urged once; a second urge within the hour is refused in plain words.
    await phone.getByRole('button', { name: '催一催' }).click();
    await phone.getByText('已催办，服务队会尽快处理。').waitFor();

    // The office's console, open on the centre's orders while the team works.
    const office = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await office.goto(`${kiosk.url}/console`);
    await office.getByLabel('用户名').fill('office-wqj');
    await office.getByLabel('密码').fill('lianhua2026');
    await office.getByRole('button', { name: '工作人员登录' }).click();
    await office.locator('.ant-menu').getByRole('link', { name: '服务中心' }).click();
    const row = office.locator('.ant-table-row', { hasText: `${code.slice(0, 4)} ${code.slice(4)}` });
    await row.waitFor();

    // The team member's phone.
    const team = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await team.goto(`${kiosk.url}/team`);
    await team.getByLabel('用户名').fill(TEAM_USERS[teamName]);
    await team.getByLabel('密码').fill('lianhua2026');
    await team.getByRole('button', { name: '确认' }).click();
    const card = team.getByTestId('team-order').filter({ hasText: '楼道灯维修' }).filter({ hasText: '已催办 1 次' });
    await card.waitFor();
    // A new order of the team reaches the phone's list through the cache: no request goes out.
    const lights = team.getByTestId('team-order').filter({ hasText: '楼道灯维修' });
    const before = await lights.count();
    const teamRequests = countGraphqlRequests(team);
    const officeRequests = countGraphqlRequests(office);
    const reported = await gqlAt(api.url, 'mutation($i: ReportRepairInput!) { reportRepair(input: $i) { trackingCode } }', {
      i: { pavilionId: '1', itemCode: 'FAC-01', buildingId: null, note: '二楼楼道灯也不亮' },
    });
    expect(reported.errors).toBeUndefined();
    await until(async () => (await lights.count()) === before + 1, 'the new order on the team phone');
    expect(teamRequests.urls).toEqual([]);

    await card.getByRole('button', { name: '接单' }).click();
    await card.getByText('处理中').waitFor();
    await phone.getByTestId('order-status').getByText('处理中').waitFor();
    await card.getByLabel('处理情况（必填）').fill('更换了声控灯泡');
    await card.getByRole('button', { name: '完工' }).click();
    await phone.getByTestId('order-status').getByText('待核查').waitFor();
    await shot(team, 'repair-team-phone');
    // The console's row followed the team's steps through the cache alone.
    await row.getByText('待核查').waitFor();
    expect(officeRequests.urls).toEqual([]);

    // The office checks it in the console.
    await row.click();
    await office.getByRole('button', { name: '核查通过' }).click();
    await phone.getByTestId('order-status').getByText('已办结').waitFor({ timeout: 15_000 });
    // A caller's report, written down by the office with their number.
    await office.getByRole('button', { name: '电话报修' }).click();
    const dialog = office.getByRole('dialog');
    // Picked until the select shows it: a click while Ant's list is still opening can be lost.
    await pickOption(office, dialog.getByLabel('报修事项'), /^垃圾清运$/);
    await dialog.getByLabel('联系电话').fill('13800138000');
    await dialog.getByRole('button', { name: '确认报修' }).click();
    const phoneCode = await dialog.getByTestId('phone-report-code').innerText();
    expect(phoneCode).toMatch(/^[23456789A-Z]{4} [23456789A-Z]{4}$/);
    // Closed, and seen closed before the table behind it is used (Escape again if a tap was lost while the page was busy).
    await dialog.getByRole('button', { name: '确认', exact: true }).click();
    await until(async () => {
      if (await dialog.isVisible()) await office.keyboard.press('Escape');
      return dialog.isHidden();
    }, 'the phone report to close');
    // Work the centre cannot do in time goes on the ledger with its reason, then to the branch
    // as a matter for deliberation (转支部议事).
    // Found by the code the caller reads out, whatever its status.
    await office.getByPlaceholder('按查询码查找').fill(phoneCode.toLowerCase());
    await office.getByPlaceholder('按查询码查找').press('Enter');
    await office.locator('.ant-table-row', { hasText: phoneCode }).click();
    const actions = office.getByTestId('order-actions');
    // Each action has its own box: the ledger's reason is not the note's.
    await actions.getByLabel('挂账原因').fill('需要更换整段排污管，费用请业主商议');
    await actions.getByRole('button', { name: '挂账' }).click();
    await actions.getByRole('button', { name: '转支部议事' }).click();
    await actions.getByRole('button', { name: '转支部议事' }).waitFor({ state: 'detached' });
    await shot(office, 'console-order-to-branch');
    const sent = await gqlAt(api.url, 'query($c: String!) { workOrderByTrackingCode(code: $c) { status reason matter { status title } timeline { kind } } }', {
      c: phoneCode.replace(' ', ''),
    });
    expect(sent.data.workOrderByTrackingCode).toMatchObject({
      status: 'ON_LEDGER',
      reason: '需要更换整段排污管，费用请业主商议',
      matter: { status: 'SUBMITTED', title: '垃圾清运' },
    });
    expect(sent.data.workOrderByTrackingCode.timeline.map((e: { kind: string }) => e.kind).slice(-2)).toEqual(['ON_LEDGER', 'TO_BRANCH']);
    await office.getByRole('tab', { name: '服务指标' }).click();
    await office.getByText('各服务队响应时间（分钟，中位数）').waitFor();
    await shot(office, 'console-service-levels');
    // The roster decides who gets new orders: the office moves a team's duty days.
    await office.getByRole('tab', { name: '服务队' }).click();
    const teamRow = office.getByRole('tabpanel').locator('.ant-table-row').first();
    await teamRow.getByRole('checkbox', { name: '周日' }).click();
    await teamRow.getByRole('button', { name: '保存值班表' }).click();
    await office.getByRole('status').getByText('值班表已保存').waitFor();
    // A member who forgot the password gets a new one from the office; their phone signs out.
    await teamRow.getByRole('button', { name: /展开|Expand/ }).click();
    const members = office.getByRole('tabpanel').locator('.ant-table-expanded-row').first();
    const memberName = (await members.locator('.ant-list-item-meta-title').first().innerText()).trim();
    await members.getByRole('button', { name: '重置密码' }).first().click();
    await office.getByRole('dialog').getByLabel('新密码（至少 8 位）').fill('new-lianhua-1');
    await office.getByRole('dialog').getByRole('button', { name: '重置密码' }).click();
    await office.getByRole('status').getByText(`已为 ${memberName} 设置新密码，原来的登录已退出`).waitFor();
    await office.getByRole('dialog').waitFor({ state: 'hidden' });
    await shot(office, 'console-service-teams');

    // The resident rates speed and quality on the phone, never having reloaded it.
    await phone.getByRole('radio', { name: '速度 5 星' }).click();
    await phone.getByRole('radio', { name: '质量 4 星' }).click();
    await phone.getByRole('button', { name: '提交' }).click();
    await phone.getByTestId('order-rating').getByText('谢谢您的评价！').waitFor();
    await shot(phone, 'repair-phone-rated');

    const order = await gqlAt(
      api.url,
      'query($c: String!) { workOrderByTrackingCode(code: $c) { status ratingSpeed ratingQuality urgeCount timeline { kind } } }',
      { c: code },
    );
    expect(order.data.workOrderByTrackingCode).toMatchObject({ status: 'DONE', ratingSpeed: 5, ratingQuality: 4, urgeCount: 1 });
    expect(order.data.workOrderByTrackingCode.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'REPORTED',
      'DISPATCHED',
      'URGED',
      'ACKNOWLEDGED',
      'FINISHED',
      'CHECK_ACCEPTED',
      'RATED',
    ]);

    // Sub-district staff edit the catalogue: a new version, while this order keeps its promise.
    const street = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await street.goto(`${kiosk.url}/console`);
    await street.getByLabel('用户名').fill('street');
    await street.getByLabel('密码').fill('lianhua2026');
    await street.getByRole('button', { name: '工作人员登录' }).click();
    await street.locator('.ant-menu').getByRole('link', { name: '服务中心' }).click();
    await street.getByRole('tab', { name: '服务目录' }).click();
    await street.getByLabel('楼道灯维修 办结时限').fill('720');
    await street
      .getByRole('row', { name: /楼道灯维修/ })
      .getByRole('button', { name: '保存为新版本' })
      .click();
    await street.getByText('楼道灯维修 · v2').waitFor();
    await shot(street, 'console-service-catalogue');
    const kept = await gqlAt(api.url, 'query($c: String!) { workOrderByTrackingCode(code: $c) { item { version resolveMinutes } } }', { c: code });
    expect(kept.data.workOrderByTrackingCode.item).toEqual({ version: 1, resolveMinutes: 1440 });

    // The board shows the centre's figures for this community.
    await kioskPage.goto(`${kiosk.url}/p/1`);
    await kioskPage.getByTestId('service-median').waitFor();
  }, 240_000);
});
