import type { EntityManager } from '@mikro-orm/knex';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { requireResident } from '../common/guards';
import type { Actor } from '../common/actor';
import type { BuildingNews } from '../common/place-notifier';
import { isCode, newCode, normaliseCode } from '../common/codes';
import { badInput, conflict, forbidden, notFound } from '../common/errors';
import { consumeOrThrow } from '../common/rate-limits';
import { freeTrackingCodes } from '../common/tracking-codes';
import { inTransaction } from '../common/transaction';
import { Pavilion } from '../register';
import { MatterCategory, MatterEventKind, MatterStatus } from './enums';
import { next } from './lifecycle';
import { Matter } from './matter.entity';
import { Second } from './second.entity';
import { commonProblem, type CommonProblem } from './common-problems';
import { placeIn, type Place } from './place';
import { RaiseDraft } from './raise-draft.entity';
import { cleanMobile, cleanText } from '../common/text';
import { findMatter, type MatterTimeline } from './timeline';

export const RAISE_PER_PAVILION_PER_MINUTE = 5;
export const RAISE_PER_HOME_PER_HOUR = 10;

export const DRAFT_CODE_LENGTH = 8;
export const DRAFT_MINUTES = 30;

/** What a resident chose at the kiosk, before it is sent (or handed to a phone as a draft). */
export interface RaiseChoice {
  pavilionId: number;
  category: MatterCategory;
  /** A common problem of the category; with one, words are optional. */
  problemId?: string | null;
  buildingId?: number | null;
  unitId?: number | null;
  title?: string | null;
  description?: string | null;
}

export interface RaiseInput extends RaiseChoice {
  contactPhone?: string | null;
  /** Sent from a phone that opened a kiosk's draft: the draft is used up. */
  draftCode?: string | null;
}

/** A draft as the phone reads it back. */
export interface RaiseDraftView extends RaiseChoice {
  code: string;
  expiresAt: Date;
  place: string | null;
  sent: boolean;
}

export interface RaiseLimiters {
  pavilion: RateLimiterAbstract;
  home: RateLimiterAbstract;
  /** Drafts handed to phones, per kiosk. */
  draft: RateLimiterAbstract;
}

/** A matter the office raises for residents from work that needs the branch (a service-centre order on the ledger). */
export interface OfficeRaise {
  communityId: number;
  /** The pavilion the work was reported at; without one, the community's first. */
  pavilionId: number | null;
  buildingId: number | null;
  category: MatterCategory;
  /** What the work is; the place is added. */
  title: string;
  description: string;
  contactPhone: string | null;
  /** The first timeline entry: where the matter came from. */
  note: string;
}

/** Step 1: residents raise a matter at a kiosk or on a phone, and second others'. */
export class RaisingService {
  constructor(
    private readonly timeline: MatterTimeline,
    private readonly limiters: RaiseLimiters,
    /** Who else hears of a matter raised about a building (its building head). */
    private readonly buildingNews: BuildingNews,
  ) {}

  async raise(em: EntityManager, actor: Actor, input: RaiseInput): Promise<Matter> {
    const { pavilion, problem, place, title, description } = await this.checkChoice(em, input);
    const contactPhone = cleanMobile(input.contactPhone);
    const draftCode = input.draftCode ? normaliseCode(input.draftCode) : null;
    const resident = actor.kind === 'resident' ? actor : null;
    // A kiosk is shared, so the pavilion is the limit's key; a signed-in resident has their own.
    await consumeOrThrow(this.limiters.pavilion, String(pavilion.id), 'This kiosk has sent many matters just now; please wait a minute');
    if (resident) await consumeOrThrow(this.limiters.home, String(resident.homeId), 'Your home has raised many matters this hour; please try again later');

    const matter = await inTransaction(em, async (tx) => {
      const draft = draftCode ? await this.openDraft(tx, draftCode) : null;
      if (draft && draft.pavilion.id !== pavilion.id) throw badInput('The draft was made at another pavilion', { field: 'pavilionId' });
      const m = await this.submitted(
        tx,
        {
          title: title ?? composedTitle(problem!, place),
          description,
          category: input.category,
          problemId: problem?.id ?? null,
          place,
          pavilionId: pavilion.id,
          communityId: pavilion.community.id,
          raisedBy: resident?.homeId ?? null,
          contactPhone,
        },
        null,
      );
      await tx.flush();
      if (draft) {
        // Only a draft not yet sent is marked, so two phones sending the same draft make one matter.
        const marked = await tx.nativeUpdate(RaiseDraft, { id: draft.id, matter: null }, { matter: m.id });
        if (marked !== 1) throw conflict('This draft has already been sent');
      }
      if (m.building)
        await this.buildingNews.tell(tx, [
          {
            buildingId: m.building.id,
            communityId: m.community.id,
            trackingCode: m.trackingCode,
            text: `楼内有居民说事：${m.title}，查询码 ${m.trackingCode}`,
            at: new Date(),
          },
        ]);
      return m;
    });
    this.timeline.publish(matter);
    return matter;
  }

  /** Written in the caller's transaction (no kiosk limits: staff act), published by the caller once it commits. */
  async raiseForOffice(tx: EntityManager, input: OfficeRaise): Promise<Matter> {
    const pavilionId = input.pavilionId ?? (await tx.findOne(Pavilion, { community: input.communityId }, { orderBy: { id: 'asc' } }))?.id;
    if (pavilionId == null) throw notFound('Pavilion');
    const place = await placeIn(tx, input.communityId, input.buildingId, null);
    return this.submitted(
      tx,
      {
        title: clipTitle(place ? `${input.title}（${place.short}）` : input.title),
        description: input.description,
        category: input.category,
        problemId: null,
        place,
        pavilionId,
        communityId: input.communityId,
        raisedBy: null,
        contactPhone: input.contactPhone,
      },
      input.note,
    );
  }

  /** A new SUBMITTED matter with its tracking code and the first entry of its timeline, however it was raised. */
  private async submitted(
    tx: EntityManager,
    f: {
      title: string;
      description: string;
      category: MatterCategory;
      problemId: string | null;
      place: Place | null;
      pavilionId: number;
      communityId: number;
      raisedBy: number | null;
      contactPhone: string | null;
    },
    note: string | null,
  ): Promise<Matter> {
    const [trackingCode] = await freeTrackingCodes(tx, 1);
    const m = tx.create(Matter, {
      trackingCode,
      title: f.title,
      description: f.description,
      category: f.category,
      problemId: f.problemId,
      building: f.place?.buildingId ?? null,
      unit: f.place?.unitId ?? null,
      place: f.place?.text ?? null,
      status: MatterStatus.SUBMITTED,
      pavilion: f.pavilionId,
      community: f.communityId,
      raisedBy: f.raisedBy,
      contactPhone: f.contactPhone,
    });
    this.timeline.addEvent(tx, m, MatterEventKind.RAISED, note);
    return m;
  }

  publish(m: Matter) {
    this.timeline.publish(m);
  }

  async second(em: EntityManager, actor: Actor, matterId: number): Promise<Matter> {
    const resident = requireResident(actor);
    const matter = await findMatter(em, matterId);
    if (matter.community.id !== resident.communityId) throw forbidden('Residents second matters of their own community');
    await inTransaction(em, async (tx) => {
      const m = await tx.findOneOrFail(Matter, matter.id);
      next(m.status, 'SECOND');
      if (await tx.count(Second, { matter: m.id, home: resident.homeId })) throw conflict('Your home has already seconded this matter');
      await tx.insert(Second, { matter: m.id, home: resident.homeId, createdAt: new Date() });
      await tx.execute('update matter set second_count = second_count + 1 where id = ?', [m.id]);
    });
    return this.timeline.reloadAndPublish(em, matter.id);
  }

  /** A kiosk hands what was chosen to a phone: the draft's code goes into a QR code. */
  async saveDraft(em: EntityManager, choice: RaiseChoice): Promise<RaiseDraftView> {
    const { pavilion, place, problem } = await this.checkChoice(em, choice, { draft: true });
    await consumeOrThrow(this.limiters.draft, String(pavilion.id), 'This kiosk has made many drafts just now; please wait a minute');
    const title = cleanText(choice.title, 'title', { max: 60 }) || null;
    const description = cleanText(choice.description, 'description', { max: 2000, multiline: true }) || null;
    const draft = await inTransaction(em, async (tx) => {
      for (let i = 0; i < 10; i++) {
        const code = newCode(DRAFT_CODE_LENGTH);
        if (await tx.count(RaiseDraft, { code })) continue;
        const d = tx.create(RaiseDraft, {
          code,
          pavilion: pavilion.id,
          category: choice.category,
          problem: problem?.id ?? null,
          buildingId: place?.buildingId ?? null,
          unitId: place?.unitId ?? null,
          title,
          description,
          expiresAt: new Date(Date.now() + DRAFT_MINUTES * 60_000),
        });
        await tx.flush();
        return d;
      }
      throw conflict('Could not find a free draft code; try again');
    });
    return draftView(draft, place?.text ?? null);
  }

  /** The draft behind a QR code, for the phone that scanned it. */
  async draft(em: EntityManager, code: string): Promise<RaiseDraftView> {
    const draft = await this.openDraft(em, normaliseCode(code), { allowSent: true });
    const choice = draftChoice(draft);
    const place = await placeIn(em, draft.pavilion.getEntity().community.id, choice.buildingId ?? null, choice.unitId ?? null);
    return draftView(draft, place?.text ?? null);
  }

  /** Drafts past their 30 minutes; a sent one goes too, its matter stays. */
  deleteExpiredDrafts(em: EntityManager): Promise<number> {
    return em.nativeDelete(RaiseDraft, { expiresAt: { $lt: new Date() } });
  }

  private async openDraft(em: EntityManager, code: string, opts: { allowSent?: boolean } = {}): Promise<RaiseDraft> {
    const draft = isCode(code, DRAFT_CODE_LENGTH) ? await em.findOne(RaiseDraft, { code }, { populate: ['pavilion'] }) : null;
    if (!draft || draft.expiresAt.getTime() < Date.now()) throw notFound('Draft (it lasts 30 minutes)');
    if (draft.matter && !opts.allowSent) throw conflict('This draft has already been sent');
    return draft;
  }

  /** The checks a raise and a draft share: the pavilion, the problem of the category, the place, the words. */
  private async checkChoice(em: EntityManager, choice: RaiseChoice, opts: { draft?: boolean } = {}) {
    if (!Object.values(MatterCategory).includes(choice.category)) throw badInput('Unknown category', { field: 'category' });
    const problem = choice.problemId ? commonProblem(choice.problemId) : undefined;
    if (choice.problemId && problem?.category !== choice.category) throw badInput('Unknown problem for this category', { field: 'problemId' });
    const pavilion = await em.findOne(Pavilion, { id: choice.pavilionId });
    if (!pavilion) throw notFound('Pavilion');
    const place = await placeIn(em, pavilion.community.id, choice.buildingId ?? null, choice.unitId ?? null);
    // With a chosen problem the title may be left out: the problem and the place make it.
    const typed = cleanText(choice.title, 'title', { max: 60 });
    const required = !opts.draft && !problem;
    if ((typed || required) && [...typed].length < 4) throw badInput(typed ? 'title needs at least 4 characters' : 'title is required', { field: 'title' });
    const title = typed || null;
    const description = cleanText(choice.description, 'description', { max: 2000, multiline: true });
    return { pavilion, problem, place, title, description };
  }
}

/** "楼道灯不亮（3栋1单元）": what staff read first, with no words typed. */
export function composedTitle(problem: CommonProblem, place: Place | null): string {
  return clipTitle(place ? `${problem.title}（${place.short}）` : problem.title);
}

/** A made title within the 60 characters a typed one may have. */
function clipTitle(title: string): string {
  const chars = [...title];
  return chars.length <= 60 ? title : chars.slice(0, 59).join('') + '…';
}

function draftChoice(d: RaiseDraft): RaiseChoice {
  return {
    pavilionId: d.pavilion.id,
    category: d.category,
    problemId: d.problem ?? null,
    buildingId: d.buildingId ?? null,
    unitId: d.unitId ?? null,
    title: d.title ?? null,
    description: d.description ?? null,
  };
}

function draftView(d: RaiseDraft, place: string | null): RaiseDraftView {
  return { ...draftChoice(d), code: d.code, expiresAt: d.expiresAt, place, sent: !!d.matter };
}
