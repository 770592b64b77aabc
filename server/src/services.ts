import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { AuthService, PIN_ATTEMPTS, PIN_LOCK_SECONDS, LiveSessions } from './auth';
import { ChangeFeed } from './common/change-feed';
import { FastReads } from './common/fast-reads';
import type { OrmHooks } from './common/orm';
import { makeLimiter } from './common/rate-limits';
import type { Config } from './config';
import { createPubSub, type AppPubSub } from './common/pubsub';
import { ImportService } from './register';
import { AuditService } from './audit';
import { StatsService } from './stats';
import { BallotsService, VoteClosingService, CostShareService, VoteOpeningService, type VoteServices, votersBetween } from './votes';
import { MeetingsService } from './meetings';
import {
  MatterTimeline,
  DeliberationService,
  ExecutionService,
  type MatterServices,
  MatterQueries,
  RaisingService,
  RAISE_PER_HOME_PER_HOUR,
  RAISE_PER_PAVILION_PER_MINUTE,
  StaffTransitions,
} from './matters';
import {
  ByCodeService,
  CatalogueService,
  DeadlineWatch,
  WorkOrderJournal,
  ServiceReference,
  ReportingService,
  type ServiceCentreServices,
  WorkFlowService,
  TeamAdminService,
  staffTeams,
  ordersBlockingCompletion,
} from './service-centre';
import {
  CompanyService,
  type EvaluationServices,
  EvaluationImports,
  InspectionService,
  ResidentEvaluationService,
  PropertyReviewService,
  ScorecardService,
  StandardStore,
} from './evaluation';
import { ConventionConsultation, type ConventionServices, ConventionDrafting, ConventionKeeping } from './conventions';
import { GridService, notifyBuildingHeads } from './grid';
import { JointMeetings } from './joint';

/** One instance of each service per server process; they hold no request state. */
export interface Services {
  auth: AuthService;
  sessions: LiveSessions;
  /** Plain-row reads for hot public lists. */
  reads: FastReads;
  /** Change events per community, for what is kept in memory from public data. */
  changes: ChangeFeed;
  imports: ImportService;
  audit: AuditService;
  matters: MatterServices;
  meetings: MeetingsService;
  stats: StatsService;
  votes: VoteServices;
  serviceCentre: ServiceCentreServices;
  evaluation: EvaluationServices;
  conventions: ConventionServices;
  grid: GridService;
  joint: JointMeetings;
  pubSub: AppPubSub;
  close(): Promise<void>;
}

/** Limits a deployment may tune; tests set their own. */
export interface ServiceSettings {
  raisePerPavilionPerMinute: number;
  raisePerHomePerHour: number;
  /** Repair reports per kiosk per minute (else the deployment's KIOSK_REPORTS_PER_MINUTE), and per signed-in home per hour. */
  reportPerPavilionPerMinute?: number;
  reportPerHomePerHour?: number;
  /** The service centre's clock: wall-clock time unless a test moves it. */
  now?: () => Date;
}

export const DEFAULT_SETTINGS: ServiceSettings = {
  raisePerPavilionPerMinute: RAISE_PER_PAVILION_PER_MINUTE,
  raisePerHomePerHour: RAISE_PER_HOME_PER_HOUR,
};

export const REPORT_PER_HOME_PER_HOUR = 10;
/** Comments and proposed wordings on a convention per home per hour. */
export const CONVENTION_WRITES_PER_HOME_PER_HOUR = 20;
/** One-click complaints about a property company per home per day. */
export const COMPLAINTS_PER_HOME_PER_DAY = 3;

export function createServices(config: Config, settings: ServiceSettings = DEFAULT_SETTINGS, log?: Logger, hooks: OrmHooks = {}): Services {
  const onRedisError = (err: Error) => log?.warn({ err: err.message }, 'redis connection problem; retrying');
  // One connection for commands and rate limits; pub/sub needs its own subscriber connection.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false }) : undefined;
  const pubSub = createPubSub(config.redisUrl, config.redisPrefix, onRedisError);
  redis?.on('error', onRedisError);
  const p = config.redisPrefix;
  const audit = new AuditService(config.database.driver);
  const changes = new ChangeFeed(pubSub.pubSub);
  const sessions = new LiveSessions(pubSub.pubSub);
  sessions.watch();
  const auth = new AuthService(
    audit,
    {
      pin: makeLimiter({ keyPrefix: `${p}pin`, points: PIN_ATTEMPTS, durationSeconds: PIN_LOCK_SECONDS, blockSeconds: PIN_LOCK_SECONDS }, redis),
      password: makeLimiter({ keyPrefix: `${p}pwd`, points: PIN_ATTEMPTS * 2, durationSeconds: PIN_LOCK_SECONDS, blockSeconds: PIN_LOCK_SECONDS }, redis),
    },
    sessions,
    staffTeams,
  );
  const timeline = new MatterTimeline(pubSub.pubSub);
  const reads = new FastReads(config.database, hooks.onQuery);
  const queries = new MatterQueries(reads);
  queries.watch(changes);
  const transitions = new StaffTransitions(audit, timeline);
  const matters: MatterServices = {
    raising: new RaisingService(timeline, {
      pavilion: makeLimiter({ keyPrefix: `${p}raise-pavilion`, points: settings.raisePerPavilionPerMinute, durationSeconds: 60 }, redis),
      home: makeLimiter({ keyPrefix: `${p}raise-home`, points: settings.raisePerHomePerHour, durationSeconds: 3600 }, redis),
      draft: makeLimiter({ keyPrefix: `${p}raise-draft`, points: settings.raisePerPavilionPerMinute * 4, durationSeconds: 60 }, redis),
    }),
    deliberation: new DeliberationService(audit, timeline, transitions),
    // Matters complete only when the orders that carry them out are done.
    execution: new ExecutionService(timeline, transitions, queries, [ordersBlockingCompletion]),
    queries,
  };
  const clock = settings.now ?? (() => new Date());
  const reference = new ServiceReference(clock);
  const journal = new WorkOrderJournal(audit, pubSub.pubSub, reference, config.database.driver);
  const catalogue = new CatalogueService(audit, reference);
  const serviceCentre: ServiceCentreServices = {
    catalogue,
    reporting: new ReportingService(
      reference,
      journal,
      {
        pavilion: makeLimiter(
          { keyPrefix: `${p}report-pavilion`, points: settings.reportPerPavilionPerMinute ?? config.kioskReportsPerMinute, durationSeconds: 60 },
          redis,
        ),
        home: makeLimiter({ keyPrefix: `${p}report-home`, points: settings.reportPerHomePerHour ?? REPORT_PER_HOME_PER_HOUR, durationSeconds: 3600 }, redis),
      },
      clock,
    ),
    flow: new WorkFlowService(journal, clock, matters.raising),
    teams: new TeamAdminService(auth, audit, reference),
    byCode: new ByCodeService(journal, makeLimiter({ keyPrefix: `${p}urge`, points: 1, durationSeconds: 3600 }, redis), clock),
    deadlines: new DeadlineWatch(journal, clock),
    reference,
    clock,
  };
  const standards = new StandardStore(audit, pubSub.pubSub);
  const evaluation: EvaluationServices = {
    standards,
    companies: new CompanyService(audit, pubSub.pubSub),
    residents: new ResidentEvaluationService(
      standards,
      pubSub.pubSub,
      makeLimiter({ keyPrefix: `${p}complain-home`, points: COMPLAINTS_PER_HOME_PER_DAY, durationSeconds: 86_400 }, redis),
      clock,
    ),
    inspections: new InspectionService(standards, audit, pubSub.pubSub, clock),
    imports: new EvaluationImports(standards, audit, pubSub.pubSub, clock),
    scorecards: new ScorecardService(standards, audit, pubSub.pubSub, clock),
    reviews: new PropertyReviewService(timeline, audit),
    clock,
  };
  const votes: VoteServices = {
    opening: new VoteOpeningService(audit, timeline),
    closing: new VoteClosingService(audit, timeline, pubSub.pubSub),
    ballots: new BallotsService(audit, pubSub.pubSub),
    costShares: new CostShareService(audit),
  };
  const conventions: ConventionServices = {
    drafting: new ConventionDrafting(audit, timeline, votes.opening, pubSub.pubSub, clock),
    consultation: new ConventionConsultation(
      makeLimiter({ keyPrefix: `${p}convention-home`, points: CONVENTION_WRITES_PER_HOME_PER_HOUR, durationSeconds: 3600 }, redis),
      pubSub.pubSub,
      clock,
    ),
    keeping: new ConventionKeeping(pubSub.pubSub, clock),
    clock,
  };
  // A vote on a convention moves its stage in the closing's own transaction.
  votes.closing.onClosed((tx, vote, passed) => conventions.drafting.voteClosed(tx, vote, passed));
  const grid = new GridService(audit, pubSub.pubSub);
  matters.raising.placeNotifier = notifyBuildingHeads;
  journal.placeNotifier = notifyBuildingHeads;
  const stats = new StatsService();
  // Voters count towards participation too.
  stats.addParticipantSource(votersBetween);
  stats.watch(changes);
  return {
    auth,
    sessions,
    reads,
    changes,
    imports: new ImportService(audit, pubSub.pubSub),
    audit,
    matters,
    meetings: new MeetingsService(audit, timeline, pubSub.pubSub),
    stats,
    votes,
    serviceCentre,
    conventions,
    grid,
    joint: new JointMeetings(audit, clock),
    evaluation,
    pubSub: pubSub.pubSub,
    async close() {
      await sessions.close();
      await reads.close();
      await changes.close();
      await pubSub.close();
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
