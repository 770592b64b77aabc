import { dateOf, optionalDateOf } from '../common/sql';
import { MatterCategory, MatterStatus, MatterStep, ResolutionOutcome } from './enums';
import { stepOf } from './lifecycle';
import type { Matter } from './matter.entity';

/**
 * A matter read for a list, as a plain object: the columns a client may ask for, relations as
 * `{ id }`. Field resolvers reach relations by id through the request's entity manager, so a row
 * and an entity answer every field alike; a row costs no entity to build.
 */
export const MATTER_COLUMNS = `m.id, m.tracking_code, m.title, m.description, m.category, m.status, m.pavilion_id, m.community_id,
  m.contact_phone, m.created_at, m.triaged_at, m.completed_at, m.progress, m.second_count, m.decline_reason,
  m.resolution_summary, m.resolution_outcome, m.resolved_at, m.merged_into_id, m.vote_id, m.rating, m.rating_comment,
  m.rated_at, m.follow_up, m.building_id, m.unit_id, m.place, m.problem_id`;

export interface MatterColumns {
  id: unknown;
  tracking_code: string;
  title: string;
  description: string;
  category: MatterCategory;
  status: MatterStatus;
  pavilion_id: unknown;
  community_id: unknown;
  contact_phone: string | null;
  created_at: unknown;
  triaged_at: unknown;
  completed_at: unknown;
  progress: unknown;
  second_count: unknown;
  decline_reason: string | null;
  resolution_summary: string | null;
  resolution_outcome: ResolutionOutcome | null;
  resolved_at: unknown;
  merged_into_id: unknown;
  vote_id: unknown;
  rating: unknown;
  rating_comment: string | null;
  rated_at: unknown;
  follow_up: unknown;
  building_id: unknown;
  unit_id: unknown;
  place: string | null;
  problem_id: string | null;
}

const ref = (v: unknown) => (v == null ? null : { id: Number(v) });

/** The fields of Matter that resolvers read; a row carries them all. */
export type MatterLike = Pick<
  Matter,
  | 'id'
  | 'trackingCode'
  | 'title'
  | 'description'
  | 'category'
  | 'status'
  | 'contactPhone'
  | 'createdAt'
  | 'triagedAt'
  | 'completedAt'
  | 'progress'
  | 'secondCount'
  | 'declineReason'
  | 'resolutionSummary'
  | 'resolutionOutcome'
  | 'resolvedAt'
  | 'rating'
  | 'ratingComment'
  | 'ratedAt'
  | 'followUp'
  | 'step'
  | 'place'
  | 'problemId'
> & {
  pavilion: { id: number };
  community: { id: number };
  mergedInto?: { id: number } | null;
  vote?: { id: number } | null;
  building?: { id: number } | null;
  unit?: { id: number } | null;
};

export function matterRow(r: MatterColumns): MatterLike {
  return {
    id: Number(r.id),
    trackingCode: r.tracking_code,
    title: r.title,
    description: r.description,
    category: r.category,
    status: r.status,
    step: stepOf(r.status) as MatterStep,
    pavilion: { id: Number(r.pavilion_id) },
    community: { id: Number(r.community_id) },
    contactPhone: r.contact_phone,
    createdAt: dateOf(r.created_at),
    triagedAt: optionalDateOf(r.triaged_at),
    completedAt: optionalDateOf(r.completed_at),
    progress: Number(r.progress),
    secondCount: Number(r.second_count),
    declineReason: r.decline_reason,
    resolutionSummary: r.resolution_summary,
    resolutionOutcome: r.resolution_outcome,
    resolvedAt: optionalDateOf(r.resolved_at),
    mergedInto: ref(r.merged_into_id),
    vote: ref(r.vote_id),
    rating: r.rating == null ? null : Number(r.rating),
    ratingComment: r.rating_comment,
    ratedAt: optionalDateOf(r.rated_at),
    followUp: r.follow_up === true || Number(r.follow_up) === 1,
    building: ref(r.building_id),
    unit: ref(r.unit_id),
    place: r.place,
    problemId: r.problem_id,
  };
}
