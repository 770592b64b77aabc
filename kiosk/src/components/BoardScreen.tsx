'use client';

import type { KioskBoardQuery } from '../gql/graphql';
import { Board } from './Board';
import { usePavilion } from './KioskShell';

/** /p/<id>: the community's board, painted first with what the server fetched. */
export function BoardScreen({ initial }: { initial: KioskBoardQuery | null }) {
  const { pavilionId, communityId, communityName } = usePavilion();
  return communityId ? <Board pavilionId={pavilionId} communityId={communityId} communityName={communityName} initial={initial} /> : null;
}
