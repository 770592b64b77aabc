import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAt } from '../../server/src/test/processes';
import { countGraphqlRequests, shot, startStage, type Stage } from './browser';

/**
 * Live data without refetching: with the board and two matter pages open, changes made elsewhere
 * (a new matter, a triage, a ballot) reach them through subscriptions and the normalised cache,
 * and not one more GraphQL request goes over HTTP.
 */
let stage: Stage;
let url = '';
let secretary = '';
/** A pavilion of 万泉街社区 other than pavilion 1, so raising for the test stays within each kiosk's limit. */
let otherPavilion = '';

const raise = async (pavilionId: string, title: string) => {
  const res = await gqlAt(url, 'mutation($i: RaiseMatterInput!) { raiseMatter(input: $i) { id trackingCode } }', {
    i: { pavilionId, title, description: '', category: 'ELEVATOR' },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.raiseMatter as { id: string; trackingCode: string };
};
const triage = (id: string) => gqlAt(url, 'mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { id } }', { id }, secretary);

/** Raises probes until one shows on the page: then its subscriptions are surely registered. */
async function untilLive(page: Page, pavilionId: string) {
  for (let i = 0; i < 10; i++) {
    const probe = await raise(pavilionId, `连通检查${i + 1}号`);
    try {
      await page.getByTestId(`matter-${probe.id}`).waitFor({ timeout: 2000 });
      return;
    } catch {
      // not yet subscribed: try again
    }
  }
  throw new Error('the board never went live');
}

beforeAll(async () => {
  stage = await startStage('live');
  url = stage.api.url;
  secretary = (await gqlAt(url, 'mutation { login(username: "secretary-wqj", password: "lianhua2026") { token } }')).data.login.token;
  const tree = await gqlAt(url, '{ pavilion(id: "1") { community { pavilions { id } } } }');
  otherPavilion = tree.data.pavilion.community.pavilions.map((p: { id: string }) => p.id).find((id: string) => id !== '1');
  expect(otherPavilion).toBeTruthy();
}, 240_000);
afterAll(() => stage?.stop());

describe('live data in Chromium', () => {
  it('brings a new matter, a triage and a ballot to the board and the matter pages with zero HTTP requests', async () => {
    // A matter put to the owners of 万泉街路1号 1单元, where demo home 20260001 votes.
    const voting = await raise('1', '万泉街路1号加装电梯表决');
    await triage(voting.id);
    await gqlAt(url, `mutation { recordResolution(matterId: "${voting.id}", input: { summary: "提交业主表决", outcome: PUT_TO_VOTE }) { id } }`, {}, secretary);
    const places = await gqlAt(url, '{ pavilion(id: "1") { community { estates { name buildings { name units { id name } } } } } }');
    const unit = places.data.pavilion.community.estates
      .find((e: { name: string }) => e.name === '万泉街老旧楼栋一片区')
      .buildings.find((b: { name: string }) => b.name === '万泉街路1号')
      .units.find((u: { name: string }) => u.name === '1单元');
    const vote = await gqlAt(
      url,
      'mutation($i: OpenVoteInput!) { openVote(input: $i) { id tally { eligibleOwners } } }',
      {
        i: {
          matterId: voting.id,
          question: '是否同意加装电梯？',
          rule: 'OWNERS_MAJOR',
          scopeKind: 'UNIT',
          scopeId: unit.id,
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      secretary,
    );
    expect(vote.errors).toBeUndefined();
    const eligible = vote.data.openVote.tally.eligibleOwners as number;
    const waiting = await raise(otherPavilion, '万泉街路2号楼道灯不亮');

    const board = await stage.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const votePage = await stage.browser.newPage({ viewport: { width: 1080, height: 1920 } });
    const waitingPage = await stage.browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await board.goto(`${stage.kiosk.url}/p/1`);
    await votePage.goto(`${stage.kiosk.url}/m/${voting.trackingCode}`);
    await waitingPage.goto(`${stage.kiosk.url}/m/${waiting.trackingCode}`);
    await board.getByTestId(`participation-${voting.id}`).getByText(`0 / ${eligible}`).waitFor();
    await votePage.getByText(`0 / ${eligible}`).waitFor();
    await waitingPage.getByTestId('matter-status').getByText('已提交').waitFor();
    for (const page of [board, votePage, waitingPage]) await page.waitForLoadState('networkidle');
    await untilLive(board, otherPavilion);

    // From here on, every change is made elsewhere; the pages may only listen.
    const requests = [board, votePage, waitingPage].map(countGraphqlRequests);

    const fresh = await raise(otherPavilion, '万泉街路3号单元门坏了');
    await board.getByTestId(`matter-${fresh.id}`).waitFor();
    expect(await board.locator('.step-RAISE').getByTestId(`matter-${fresh.id}`).count()).toBe(1);

    await triage(fresh.id);
    await board.locator('.step-DELIBERATE').getByTestId(`matter-${fresh.id}`).waitFor();
    await triage(waiting.id);
    await waitingPage.getByTestId('matter-status').getByText('待议事').waitFor();
    await waitingPage.locator('.timeline').getByText('支部受理').waitFor();

    const resident = (await gqlAt(url, 'mutation { residentLogin(homeCode: "20260001", pin: "135790") { token } }')).data.residentLogin.token;
    const cast = await gqlAt(url, 'mutation($v: ID!) { castBallot(voteId: $v, choice: YES) { receipt } }', { v: vote.data.openVote.id }, resident);
    expect(cast.errors).toBeUndefined();
    await board.getByTestId(`participation-${voting.id}`).getByText(`1 / ${eligible}`).waitFor();
    await votePage.getByText(`1 / ${eligible}`).waitFor();
    await shot(board, 'live-board');

    // Give any late request a moment to show itself before counting.
    await board.waitForTimeout(500);
    expect(requests.map((r) => r.urls)).toEqual([[], [], []]);
  }, 120_000);
});
