import { cacheExchange, type Cache, type Data } from '@urql/exchange-graphcache';
import { BoardQuery } from '../components/board/board-documents';
import { placeOrder, type PlacedOrder } from './order-placement';

/** What the cache needs of a changed matter to place it on a board. */
type PlacedMatter = Data & {
  id: string;
  step: string;
  community: { id: string };
};

/** The longest lists a board keeps (its query's `first`): the oldest fall off as new ones come. */
const BOARD_OPEN_MAX = 60;
const BOARD_DONE_MAX = 8;

/**
 * A matter's change, as a subscription or a mutation brings it, placed on the cached board of its
 * community: a new one goes to the top of `open`, a finished one moves to `done`. Its fields are
 * already in the normalised cache, so every card showing it follows by itself.
 */
export function placeOnBoard(cache: Cache, matter: PlacedMatter) {
  cache.updateQuery({ query: BoardQuery, variables: { communityId: matter.community.id } }, (data) => {
    if (!data) return null;
    const edge = { __typename: 'MatterEdge', node: matter } as unknown as (typeof data.open.edges)[number];
    const inOpen = data.open.edges.some((e) => e.node.id === matter.id);
    const inDone = data.done.edges.some((e) => e.node.id === matter.id);
    const done = matter.step === 'DONE';
    if (!done && !inOpen) {
      if (inDone) data.done = { ...data.done, totalCount: data.done.totalCount - 1, edges: data.done.edges.filter((e) => e.node.id !== matter.id) };
      data.open = { ...data.open, totalCount: data.open.totalCount + 1, edges: [edge, ...data.open.edges].slice(0, BOARD_OPEN_MAX) };
    } else if (done && !inDone) {
      if (inOpen) data.open = { ...data.open, totalCount: data.open.totalCount - 1, edges: data.open.edges.filter((e) => e.node.id !== matter.id) };
      data.done = { ...data.done, totalCount: data.done.totalCount + 1, edges: [edge, ...data.done.edges].slice(0, BOARD_DONE_MAX) };
    }
    return data;
  });
}

/** Objects without an id of their own live inside their parent in the cache. */
const EMBEDDED = [
  'MatterConnection',
  'MatterEdge',
  'PageInfo',
  'MatterEvent',
  'Resolution',
  'VoteTally',
  'VoteResult',
  'Stats',
  'Durations',
  'Participation',
  'CategoryCount',
  'StepCount',
  'Viewer',
  'Session',
  'ImportReport',
  'ImportError',
  'HomeCredential',
  'BallotReceipt',
  'BallotVerification',
  'CostSharePlan',
  'HomeCostShare',
  'ElectorView',
  'PublishedBallot',
  'ServiceCategory',
  // Versions of an item share its code: each order's item stays inside the order.
  'ServiceItem',
  'WorkOrderConnection',
  'WorkOrderEdge',
  'WorkOrderEvent',
  'ServiceLevels',
  'ServiceTeamLevels',
  'EvaluationStandard',
  'EvaluationDimension',
  'EvaluationIndicator',
  'EvaluationGrade',
  // A company's card differs per period: it lives inside the answer that asked for it.
  'Scorecard',
  'DimensionScore',
  'IndicatorScore',
  'FeeCollection',
  'PropertyMonth',
  'MyPropertyRating',
  'StarsAnswer',
  'ConventionVersion',
  'ArticleChange',
  'BreachCount',
  'JointUnitFigures',
];

/**
 * The normalised cache of the kiosk and the console: one record per matter, vote and notice, so a
 * subscription's payload updates every screen that shows that object, with no further request.
 */
export const normalisedCache = cacheExchange({
  keys: {
    ...Object.fromEntries(EMBEDDED.map((t) => [t, () => null])),
    RaiseDraft: (d) => (d.code as string | undefined) ?? null,
  },
  updates: {
    Subscription: {
      matterUpdated(result, _args, cache) {
        const m = result.matterUpdated as PlacedMatter | undefined;
        if (m?.community) placeOnBoard(cache, m);
      },
      workOrderUpdated(result, _args, cache) {
        const o = result.workOrderUpdated as PlacedOrder | undefined;
        if (o?.community) placeOrder(cache, o);
      },
    },
  },
});
