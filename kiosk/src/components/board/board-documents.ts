import { graphql } from '../../gql';

/**
 * The board's query. `open` and `done` together hold every matter of the community a board shows:
 * open ones are those not yet in the DONE step, which is how the live cache places a changed one.
 */
export const BoardQuery = graphql(`
  query KioskBoard($communityId: ID!) {
    open: matters(filter: { communityId: $communityId, status: [SUBMITTED, ON_AGENDA, VOTING, IN_EXECUTION] }, first: 60) {
      totalCount
      edges {
        node {
          id
          step
          ...BoardCard
        }
      }
    }
    done: matters(filter: { communityId: $communityId, step: DONE }, first: 8) {
      totalCount
      edges {
        node {
          id
          step
          ...BoardCard
        }
      }
    }
    stats(communityId: $communityId) {
      raised
      resolved
      triage {
        medianMinutes
      }
      participation {
        rate
      }
    }
    notices(communityId: $communityId, first: 3) {
      id
      title
      body
      publishedAt
    }
  }
`);

/** Each matter's change, new ones included, carrying what a card shows: the cache places it. */
export const BoardMatterUpdates = graphql(`
  subscription KioskBoardUpdates($communityId: ID!) {
    matterUpdated(communityId: $communityId) {
      id
      step
      createdAt
      community {
        id
      }
      ...BoardCard
    }
  }
`);

/** Each ballot's participation and each closing: the cards' tallies follow. */
export const BoardVoteUpdates = graphql(`
  subscription KioskBoardVotes($communityId: ID!) {
    voteUpdated(communityId: $communityId) {
      ...BoardVote
    }
  }
`);
