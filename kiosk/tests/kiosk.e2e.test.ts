import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePattern, RECEIPT_LENGTH, TRACKING_CODE_LENGTH } from '../../server/src/common/codes';
import { gqlAt, type ApiProcess } from '../../server/src/test/processes';
import { countTaps, noEmoji, noSeriousA11yViolations, pickOption, shot, startStage, touchTargetsAreLarge } from './browser';

/**
 * The whole path in a real browser: a resident raises a matter at the kiosk; the secretary
 * triages it and puts it to a vote in the console; two homes vote at the kiosk; the secretary
 * closes the vote; the kiosk board shows the result without a reload.
 */
let api: ApiProcess;
let kiosk: { url: string; stop(): Promise<void> };
let browser: Browser;
const cleanups: Array<() => unknown> = [];
const homes: Array<{ homeCode: string; pin: string }> = [];
let trackingCode = '';
/** What one tap on a common problem and a unit makes of a matter's title. */
const TITLE = '申请加装电梯（1栋1单元）';

/** Chooses an option of an Ant Design select: its list opens in a layer of its own. */
async function pick(page: Page, select: Locator, option: RegExp) {
  await pickOption(page, select, option);
}

async function tapDigits(page: Page, digits: string) {
  for (const d of digits) await page.locator('.keypad button', { hasText: new RegExp(`^${d}$`) }).click();
}

beforeAll(async () => {
  const stage = await startStage('e2e');
  cleanups.push(stage.stop);
  ({ api, kiosk, browser } = stage);

  // Two homes of a small unit of 万泉街, with credentials, so that everyone can vote and the vote can close.
  const admin = (await gqlAt(api.url, 'mutation { login(username: "admin", password: "e2e-admin-pass") { token } }')).data.login.token;
  const csv =
    'community,estate,building,unit,floor,room,area_m2,owner_key\n万泉街社区,试点小区,1栋,1单元,3,301,80,E2E-A\n万泉街社区,试点小区,1栋,1单元,3,302,90,E2E-B\n';
  const imported = await gqlAt(api.url, 'mutation($csv: String!) { importHomes(csv: $csv) { created } }', { csv }, admin);
  expect(imported.data.importHomes.created).toBe(2);
  const tree = await gqlAt(api.url, '{ communities { name estates { id name } } }');
  const estateId = tree.data.communities.find((c: { name: string }) => c.name === '万泉街社区').estates.find((e: { name: string }) => e.name === '试点小区').id;
  const estate = await gqlAt(api.url, 'query($id: ID!) { estate(id: $id) { buildings { units { homes { id } } } } }', { id: estateId }, admin);
  for (const h of estate.data.estate.buildings[0].units[0].homes) {
    homes.push(
      (await gqlAt(api.url, 'mutation($id: ID!) { issueHomeCredential(homeId: $id) { homeCode pin } }', { id: h.id }, admin)).data.issueHomeCredential,
    );
  }
}, 240_000);

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('kiosk and console in Chromium', () => {
  it('raise → triage and vote in the console → two ballots → the board shows the result live', async () => {
    const raisePage = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await raisePage.goto(`${kiosk.url}/p/1/raise`);
    await raisePage.getByRole('button', { name: /加装电梯/ }).waitFor();
    // Every tap and key press from here to the receipt is counted: at most 5 taps, no typing.
    await raisePage.evaluate(() => {
      const w = window as unknown as { taps: number; keys: number };
      w.taps = 0;
      w.keys = 0;
      document.addEventListener('click', () => w.taps++, true);
      document.addEventListener('keydown', () => w.keys++, true);
    });
    await raisePage.getByRole('button', { name: /加装电梯/ }).click();
    await raisePage.getByRole('button', { name: '申请加装电梯' }).click();
    // A building away from the pavilion, by its number on the pad: 1, then its unit.
    await raisePage.locator('.keypad button', { hasText: /^1$/ }).click();
    const unit = raisePage.getByRole('button', { name: /试点小区\s*1栋1单元/ });
    await unit.waitFor();
    await shot(raisePage, 'raise-place');
    await touchTargetsAreLarge(raisePage);
    await unit.click();
    await raisePage.getByText('试点小区 1栋1单元').waitFor();
    await shot(raisePage, 'raise-review');
    await noSeriousA11yViolations(raisePage);
    await touchTargetsAreLarge(raisePage);
    await raisePage.getByRole('button', { name: '提交' }).click();
    await raisePage.getByTestId('tracking-code').waitFor();
    const counted = await raisePage.evaluate(() => {
      const w = window as unknown as { taps: number; keys: number };
      return { taps: w.taps, keys: w.keys };
    });
    expect(counted.taps).toBeLessThanOrEqual(5);
    expect(counted.keys).toBe(0);
    trackingCode = ((await raisePage.getByTestId('tracking-code').innerText()) ?? '').replace(/\s/g, '');
    expect(trackingCode).toMatch(codePattern(TRACKING_CODE_LENGTH));
    await expect.poll(() => raisePage.locator('img.qr').count()).toBe(1);
    await shot(raisePage, 'raise-receipt');

    // A neighbour seconds it with their home code.
    const second = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await second.goto(`${kiosk.url}/p/1/track?code=${trackingCode}`);
    await second.getByRole('button', { name: /我要附议/ }).click();
    await tapDigits(second, '20260001');
    await tapDigits(second, '135790');
    await second.getByRole('button', { name: '登录' }).click();
    await second.getByTestId('second-result').getByText('附议成功').waitFor();
    await second.getByText('1 人附议').first().waitFor();
    await second.close();

    const board = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await board.goto(`${kiosk.url}/p/1`);
    await board.getByText(TITLE).waitFor();
    await shot(board, 'board-portrait');

    const consolePage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await consolePage.goto(`${kiosk.url}/console`);
    await consolePage.getByLabel('用户名').fill('secretary-wqj');
    await consolePage.getByLabel('密码').fill('lianhua2026');
    await consolePage.getByRole('button', { name: '工作人员登录' }).click();
    await consolePage.locator('.ant-menu').getByRole('link', { name: '事项' }).click();
    // The secretary finds the matter by its code, opens it and takes it to deliberation.
    await consolePage.getByLabel('查询码、标题或地点').fill(trackingCode);
    await consolePage.getByLabel('查询码、标题或地点').press('Enter');
    await consolePage.getByRole('link', { name: trackingCode }).click();
    await consolePage.getByRole('button', { name: '转入议事' }).click();
    await consolePage.locator('.ant-card-head').getByText('待议事').waitFor();
    await consolePage.locator('.ant-menu').getByRole('link', { name: '议事会' }).click();
    const meetings = consolePage.locator('.meetings');
    await meetings.getByLabel('会议名称').fill('十二月议事会');
    await pick(consolePage, meetings.getByLabel('议事亭'), /莲心亭/);
    await meetings.getByLabel('开会时间').fill('2026-12-05 19:30');
    await meetings.getByLabel('开会时间').press('Enter');
    await meetings.getByLabel(TITLE).check();
    await meetings.getByRole('button', { name: '安排议事会' }).click();
    const meeting = meetings.locator('.meeting', { hasText: '十二月议事会' });
    await meeting.getByPlaceholder('参会人数').fill('18');
    await meeting.getByPlaceholder('会议纪要').fill('同意提交业主表决');
    await meeting.getByRole('button', { name: '记录纪要' }).click();
    await meeting.getByText('参会人数: 18').waitFor();
    await shot(consolePage, 'console-meetings-scheduled');
    // The resolution and the vote are recorded on the matter's page.
    await consolePage.getByRole('link', { name: TITLE }).first().click();
    await consolePage.getByPlaceholder('决议内容').fill('提交本单元业主表决');
    await pick(consolePage, consolePage.getByLabel('决议结果'), /^提交业主表决$/);
    await consolePage.getByRole('button', { name: '记录决议' }).click();
    // The page reloads the matter after the decision; the vote form is used once the decision shows.
    await consolePage.locator('.ant-card-head').getByText('支部决议').waitFor();
    await pick(consolePage, consolePage.getByLabel('小区', { exact: true }), /^试点小区$/);
    await pick(consolePage, consolePage.getByLabel('楼栋', { exact: true }), /^1栋$/);
    await pick(consolePage, consolePage.getByLabel('单元', { exact: true }), /^1单元$/);
    await consolePage.getByLabel('总费用（元）').fill('500000');
    await consolePage.getByLabel('补贴（元）').fill('250000');
    await consolePage.getByRole('button', { name: '计算分摊' }).click();
    await consolePage.locator('.open-vote table').waitFor();
    await shot(consolePage, 'console-open-vote');
    await consolePage.getByRole('button', { name: '发起表决' }).click();
    await consolePage.locator('.ant-card-head').getByText('表决中').waitFor();
    await consolePage.locator('.ant-menu').getByRole('link', { name: '表决与公示' }).click();
    await consolePage.getByText('参与情况: 0 / 2').waitFor();
    await shot(consolePage, 'console-vote-open');
    await board.locator('.card', { hasText: TITLE }).getByText('表决中').waitFor();

    for (const [i, home] of homes.entries()) {
      const votePage = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await votePage.goto(`${kiosk.url}/p/1/vote`);
      const key = (await votePage.locator('.keypad button').first().boundingBox())!;
      await tapDigits(votePage, home.homeCode);
      await tapDigits(votePage, home.pin);
      await votePage.getByRole('button', { name: '登录' }).click();
      await votePage.getByTestId('cost-share').waitFor();
      expect(await votePage.getByTestId('cost-share').innerText()).toMatch(/¥/);
      if (i === 0) {
        await noSeriousA11yViolations(votePage);
        await shot(votePage, 'vote-ballot');
      }
      // The decisive buttons are at least as large as a key of the keypad, and the ballot says how the vote passes.
      for (const choice of ['YES', 'NO', 'ABSTAIN']) {
        const box = (await votePage.getByTestId(`choice-${choice}`).boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(key.width);
        expect(box.height).toBeGreaterThanOrEqual(key.height);
      }
      expect(await votePage.getByTestId('ballot-rule').innerText()).toMatch(/提交本单元业主表决[\s\S]*三分之二/);
      const taps = await countTaps(votePage);
      await votePage.getByRole('button', { name: '同意' }).click();
      await votePage.getByRole('button', { name: '确认' }).click();
      const receipt = await votePage.getByTestId('ballot-receipt').innerText();
      expect(receipt).toMatch(codePattern(RECEIPT_LENGTH, true));
      // Signed in once, the vote itself is two taps; the resident stays signed in until they leave or the screen idles.
      expect(await taps()).toBeLessThanOrEqual(3);
      await votePage.getByTestId('resident-bar').waitFor();
      // The receipt's QR code opens the phone's check page; the kiosk offers the same check.
      expect(await votePage.locator('img.qr').getAttribute('data-qr')).toBe(`${kiosk.url}/v/${receipt.replace(/-/g, '')}`);
      if (i === 0) {
        await shot(votePage, 'vote-receipt');
        await votePage.getByRole('link', { name: '核验选票' }).click();
        await votePage.getByTestId('ballot-verdict').getByText('您的选票已计入').waitFor();
        expect(await votePage.getByTestId('ballot-verdict').innerText()).toContain('同意');
        await shot(votePage, 'vote-verified');
      }
      await votePage.close();
    }
    await consolePage.getByText('参与情况: 2 / 2').waitFor();
    // The demo's own vote is open too: this one is closed by its card.
    await consolePage.locator('.ant-card-head', { hasText: TITLE }).getByRole('button', { name: '结束表决' }).click();

    // The board was never reloaded: the subscription brings the result.
    await board.locator('.step-EXECUTE').getByText('通过').waitFor({ timeout: 15_000 });
    await shot(board, 'board-after-vote');
    await board.goto(`${kiosk.url}/m/${trackingCode}`);
    await board.getByTestId('vote-section').getByText('表决结果: 通过').waitFor();
  }, 240_000);

  it('has no serious accessibility violations, no emoji and large touch targets on each kiosk page', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    for (const [name, path] of [
      ['board', '/p/1'],
      ['raise', '/p/1/raise'],
      ['track', `/p/1/track?code=${trackingCode}`],
      ['vote', '/p/1/vote'],
      ['phone', `/m/${trackingCode}`],
    ] as const) {
      await page.goto(`${kiosk.url}${path}`);
      await page.waitForLoadState('networkidle');
      await noSeriousA11yViolations(page);
      await noEmoji(page);
      if (name !== 'phone') await touchTargetsAreLarge(page);
      await shot(page, `page-${name}`);
    }
  }, 120_000);

  it('goes back to the board and forgets what was typed after 90 s without a touch', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.clock.install();
    await page.goto(`${kiosk.url}/p/1/raise`);
    const toReview = async () => {
      await page.getByRole('button', { name: /停车/ }).click();
      await page.getByRole('button', { name: '停车位不够用' }).click();
      await page.getByRole('button', { name: '不在楼里，或说不清' }).click();
      await page.getByRole('button', { name: '写说明' }).click();
    };
    await toReview();
    // Pinyin on the screen keyboard, then the character from the candidates above it.
    for (const key of ['d', 'e', 'n', 'g']) await page.locator(`.pavilion-keyboard [data-skbtn="${key}"]`).click();
    await page.locator('.hg-candidate-box-list-item', { hasText: /^灯$/ }).click();
    expect(await page.getByTestId('words-text').innerText()).toBe('灯');
    await shot(page, 'raise-keyboard');
    await page.clock.fastForward('01:31');
    await page.waitForURL(/\/p\/1\?reset=/);
    await page.getByRole('link', { name: /我要说事/ }).click();
    await toReview();
    expect((await page.getByTestId('words-text').innerText()).trim()).toBe('');
  }, 60_000);

  it('hands a raise begun at the kiosk to a phone, which adds words with its own keyboard and sends it once', async () => {
    const kioskPage = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await kioskPage.goto(`${kiosk.url}/p/1/raise`);
    await kioskPage.getByRole('button', { name: /环境卫生/ }).click();
    await kioskPage.getByRole('button', { name: '楼道堆放杂物' }).click();
    await kioskPage.locator('.keypad button', { hasText: /^1$/ }).click();
    await kioskPage.getByRole('button', { name: /试点小区\s*1栋1单元/ }).click();
    await kioskPage.getByRole('button', { name: '在手机上继续' }).click();
    await kioskPage.locator('.handoff img.qr').waitFor();
    await shot(kioskPage, 'raise-handoff');
    const link = await kioskPage.getByTestId('draft-link').innerText();
    const code = link.split('/r/')[1];

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${kiosk.url}/r/${code}`);
    await phone.getByText('试点小区 1栋1单元').waitFor();
    await phone.getByText('楼道堆放杂物').waitFor();
    await noSeriousA11yViolations(phone);
    await phone.getByLabel(/标题/).fill('二楼楼道堆满了纸箱');
    await phone.getByLabel(/详细说明/).fill('挡住了逃生的路，请尽快清理。');
    await shot(phone, 'phone-draft');
    await phone.getByRole('button', { name: '提交' }).click();
    const sent = (await phone.getByTestId('tracking-code').innerText()).replace(/\s/g, '');
    expect(sent).toMatch(codePattern(TRACKING_CODE_LENGTH));
    const m = await gqlAt(api.url, 'query($c: String!) { matterByTrackingCode(code: $c) { title description place } }', { c: sent });
    expect(m.data.matterByTrackingCode).toEqual({ title: '二楼楼道堆满了纸箱', description: '挡住了逃生的路，请尽快清理。', place: '试点小区 1栋1单元' });
    await phone.reload();
    await phone.getByText('这件事已经提交过了。').waitFor();
  }, 60_000);

  it('lets the office issue a home credential by picking the home, on a printable letter', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${kiosk.url}/console`);
    await page.getByLabel('用户名').fill('office-wqj');
    await page.getByLabel('密码').fill('lianhua2026');
    await page.getByRole('button', { name: '工作人员登录' }).click();
    await page.locator('.ant-menu').getByRole('link', { name: '户籍与户码' }).click();
    await pick(page, page.getByLabel('小区', { exact: true }), /^试点小区$/);
    // The tree of the chosen estate loads after the choice shows in the select.
    await page.locator('.ant-select-content, .ant-select-selection-item').getByText('试点小区').first().waitFor();
    await page.locator('.ant-tree').getByText('1单元 (2)').click();
    await page.getByRole('row', { name: /302/ }).getByRole('button', { name: '发放户码' }).click();
    const letter = page.locator('.letter');
    await letter.getByText('1栋 1单元 302').waitFor();
    expect(await letter.innerText()).toMatch(/户码（8 位数字）: \d{8}[\s\S]*密码（6 位数字）: \d{6}/);
    await shot(page, 'console-credential-letter');
  }, 60_000);

  it('has a large-text mode for elderly residents', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${kiosk.url}/p/1`);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await page.getByRole('button', { name: '大字模式' }).click();
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(after).toBeGreaterThanOrEqual(before * 1.3);
    expect(await page.getAttribute('html', 'data-large-text')).toBe('on');
    await shot(page, 'board-large-text');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Raise a matter').first().waitFor();
  }, 60_000);
});
