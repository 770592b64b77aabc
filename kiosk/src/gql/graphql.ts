/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
};

export type Amendment = {
  __typename?: 'Amendment';
  appliedInVersion?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The branch's note on its decision. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  state: AmendmentState;
  /** Homes that support it. */
  support: Scalars['Int']['output'];
  /** Whether the signed-in home supports it (false for everyone else). */
  supportedByMe: Scalars['Boolean']['output'];
  /** The article's proposed new text. */
  text: Scalars['String']['output'];
};

export const AmendmentState = {
  Accepted: 'ACCEPTED',
  Proposed: 'PROPOSED',
  Rejected: 'REJECTED'
} as const;

export type AmendmentState = typeof AmendmentState[keyof typeof AmendmentState];
export type ArticleChange = {
  __typename?: 'ArticleChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
};

export type ArticleComment = {
  __typename?: 'ArticleComment';
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

/** The chain walked from its first row. */
export type AuditChainCheck = {
  __typename?: 'AuditChainCheck';
  /** The first row that does not hold. */
  brokenAt?: Maybe<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  sound: Scalars['Boolean']['output'];
  /** Rows that hold, in order, before any break. */
  soundRows: Scalars['Int']['output'];
};

export type AuditEntryPage = {
  __typename?: 'AuditEntryPage';
  nodes: Array<AuditEntryView>;
  totalCount: Scalars['Int']['output'];
};

/** One staff action in the append-only, hash-chained audit log. */
export type AuditEntryView = {
  __typename?: 'AuditEntryView';
  /** The operation, as the API names it (e.g. triageMatter). */
  action: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  /** A staff role, or SYSTEM for what the server did on its own. */
  actorRole: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The arguments of the action, as JSON, without secrets. */
  details: Scalars['String']['output'];
  /** This row’s hash over the one before and its content. */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  matterId?: Maybe<Scalars['ID']['output']>;
};

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name of who acted. */
  actor?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  matterId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export const BallotChoice = {
  Abstain: 'ABSTAIN',
  No: 'NO',
  Yes: 'YES'
} as const;

export type BallotChoice = typeof BallotChoice[keyof typeof BallotChoice];
export type BallotReceipt = {
  __typename?: 'BallotReceipt';
  castAt: Scalars['DateTime']['output'];
  /** A code the voter keeps; verifyBallot(receipt) shows that the ballot was counted. */
  receipt: Scalars['String']['output'];
};

export type BallotVerification = {
  __typename?: 'BallotVerification';
  choice?: Maybe<BallotChoice>;
  found: Scalars['Boolean']['output'];
  voteStatus?: Maybe<VoteStatus>;
};

export type Breach = {
  __typename?: 'Breach';
  article: ConventionArticle;
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  outcome: BreachOutcome;
  place: Scalars['String']['output'];
};

export type BreachCount = {
  __typename?: 'BreachCount';
  articleNumber: Scalars['Int']['output'];
  count: Scalars['Int']['output'];
  /** 2026-11. */
  month: Scalars['String']['output'];
};

export const BreachOutcome = {
  /** Persuaded on the spot (劝导). */
  Persuaded: 'PERSUADED',
  /** Handed to the office, the police or the property company. */
  Referred: 'REFERRED',
  /** Persuaded, but it happened again. */
  Repeated: 'REPEATED'
} as const;

export type BreachOutcome = typeof BreachOutcome[keyof typeof BreachOutcome];
export type Building = {
  __typename?: 'Building';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  units: Array<Unit>;
};

export type CategoryCount = {
  __typename?: 'CategoryCount';
  category: MatterCategory;
  raised: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
};

/** The codes people carry: tracking codes of matters and repairs, and ballot receipts. */
export type CodeRules = {
  __typename?: 'CodeRules';
  /** Every character a code may hold, in the order a keypad shows them (no 0/O/1/I/L). */
  alphabet: Scalars['String']['output'];
  receiptLength: Scalars['Int']['output'];
  trackingCodeLength: Scalars['Int']['output'];
};

/** A problem residents often raise; its title becomes the matter title. */
export type CommonProblem = {
  __typename?: 'CommonProblem';
  category: MatterCategory;
  /** The category’s catch-all entry: the resident may add words. */
  general: Scalars['Boolean']['output'];
  /** Stable key, kept on the matter. */
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
};

/** A community (社区), the unit that a community office serves. */
export type Community = {
  __typename?: 'Community';
  estates: Array<Estate>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  pavilions: Array<Pavilion>;
};

/** What a one-click complaint about a property company is about. */
export const ComplaintTopic = {
  Attitude: 'ATTITUDE',
  Cleaning: 'CLEANING',
  Fees: 'FEES',
  NoiseParking: 'NOISE_PARKING',
  Repairs: 'REPAIRS',
  Safety: 'SAFETY'
} as const;

export type ComplaintTopic = typeof ComplaintTopic[keyof typeof ComplaintTopic];
export type Convention = {
  __typename?: 'Convention';
  /** What the viewer may do to this convention now: the rules the server enforces, for clients to offer. */
  allowedActions: Array<ConventionAction>;
  articles: Array<ConventionArticle>;
  communities: Array<Community>;
  consultationClosesAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The version in force (kept while a review goes on); null until a vote passes. */
  inForceVersion?: Maybe<Scalars['Int']['output']>;
  stage: ConventionStage;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** Every published version, oldest first. */
  versions: Array<ConventionVersion>;
  vote?: Maybe<Vote>;
};

export const ConventionAction = {
  DecideAmendments: 'DECIDE_AMENDMENTS',
  OpenConsultation: 'OPEN_CONSULTATION',
  PublishVersion: 'PUBLISH_VERSION',
  PutToVote: 'PUT_TO_VOTE'
} as const;

export type ConventionAction = typeof ConventionAction[keyof typeof ConventionAction];
export type ConventionArticle = {
  __typename?: 'ConventionArticle';
  /** Most supported first. */
  amendments: Array<Amendment>;
  /** Newest first; nobody named. */
  comments: Array<ArticleComment>;
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** 定约 (drafting, consultation, voting), then kept (in force) or rejected; a review of one in force goes through consultation and a vote again. */
export const ConventionStage = {
  Consultation: 'CONSULTATION',
  Drafting: 'DRAFTING',
  InForce: 'IN_FORCE',
  Rejected: 'REJECTED',
  Repealed: 'REPEALED',
  Voting: 'VOTING'
} as const;

export type ConventionStage = typeof ConventionStage[keyof typeof ConventionStage];
export type ConventionVersion = {
  __typename?: 'ConventionVersion';
  /** The articles of this version, in order. */
  articles: Array<Scalars['String']['output']>;
  /** What changed from the previous version, article by article. */
  changes: Array<ArticleChange>;
  publishedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type CostShareInput = {
  /** Floor coefficients; the default is 3: 0.7, 4: 0.8 ... 9: 1.3, then +0.1 a floor. */
  coefficients?: InputMaybe<Array<FloorCoefficientInput>>;
  matterId: Scalars['ID']['input'];
  scopeId: Scalars['ID']['input'];
  /** BUILDING or UNIT. */
  scopeKind: ScopeKind;
  /** Subsidy in fen. */
  subsidyFen: Scalars['Int']['input'];
  /** Total cost in fen. */
  totalCostFen: Scalars['Int']['input'];
};

export type CostSharePlan = {
  __typename?: 'CostSharePlan';
  calculatedAt: Scalars['DateTime']['output'];
  matterId: Scalars['ID']['output'];
  netCostFen: Scalars['Int']['output'];
  shares: Array<HomeCostShare>;
  subsidyFen: Scalars['Int']['output'];
  totalCostFen: Scalars['Int']['output'];
};

export type CreateWorkOrderInput = {
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  itemCode: Scalars['String']['input'];
  /** A matter IN_EXECUTION that this order carries out. */
  matterId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type DimensionScore = {
  __typename?: 'DimensionScore';
  code: Scalars['String']['output'];
  indicators: Array<IndicatorScore>;
  name: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  weight: Scalars['Int']['output'];
};

export type DraftConventionInput = {
  articles: Array<Scalars['String']['input']>;
  communityIds: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** Minutes, over the matters that reached that point. */
export type Durations = {
  __typename?: 'Durations';
  count: Scalars['Int']['output'];
  medianMinutes?: Maybe<Scalars['Float']['output']>;
  p90Minutes?: Maybe<Scalars['Float']['output']>;
};

/** A home of a vote's frozen electorate, for staff collecting paper ballots. */
export type ElectorView = {
  __typename?: 'ElectorView';
  areaM2: Scalars['Float']['output'];
  floor: Scalars['Int']['output'];
  homeId: Scalars['ID']['output'];
  /** Building, unit and room. */
  label: Scalars['String']['output'];
  /** Whether this home's owner (or household) has voted, through any home. */
  voted: Scalars['Boolean']['output'];
};

/** An estate (小区) or an area of old buildings (片区). */
export type Estate = {
  __typename?: 'Estate';
  buildings: Array<Building>;
  company?: Maybe<PropertyCompany>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The property company's name; null for old buildings without one. */
  propertyCompany?: Maybe<Scalars['String']['output']>;
};

export type EvaluationDimension = {
  __typename?: 'EvaluationDimension';
  code: Scalars['String']['output'];
  indicators: Array<EvaluationIndicator>;
  name: Scalars['String']['output'];
  weight: Scalars['Int']['output'];
};

export type EvaluationDimensionInput = {
  code: Scalars['String']['input'];
  indicators: Array<EvaluationIndicatorInput>;
  name: Scalars['String']['input'];
};

/** A band of totals and what the standard ties to it. */
export type EvaluationGrade = {
  __typename?: 'EvaluationGrade';
  /** Credit and contract renewal. */
  consequence: Scalars['String']['output'];
  /** The band the property fee may float in. */
  feeFloat: Scalars['String']['output'];
  grade: Scalars['String']['output'];
  /** The lowest total of the band. */
  min: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Warns against renewal: the owners may vote on re-appointing the company. */
  renewalWarning: Scalars['Boolean']['output'];
};

export type EvaluationGradeInput = {
  consequence: Scalars['String']['input'];
  feeFloat: Scalars['String']['input'];
  grade: Scalars['String']['input'];
  min: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  renewalWarning: Scalars['Boolean']['input'];
};

export type EvaluationIndicator = {
  __typename?: 'EvaluationIndicator';
  code: Scalars['String']['output'];
  /** WORK_ORDERS: which figure of the orders. */
  measure?: Maybe<OrderMeasure>;
  /** How the score is measured, in words residents understand. */
  method: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** RESIDENT_RATING: the question residents answer with 1 to 5 stars. */
  question?: Maybe<Scalars['String']['output']>;
  source: IndicatorSource;
  /** Points of 100 that this indicator carries. */
  weight: Scalars['Int']['output'];
};

export type EvaluationIndicatorInput = {
  code: Scalars['String']['input'];
  measure?: InputMaybe<OrderMeasure>;
  method: Scalars['String']['input'];
  name: Scalars['String']['input'];
  question?: InputMaybe<Scalars['String']['input']>;
  source: IndicatorSource;
  weight: Scalars['Int']['input'];
};

export const EvaluationPeriodKind = {
  Month: 'MONTH',
  Quarter: 'QUARTER',
  Year: 'YEAR'
} as const;

export type EvaluationPeriodKind = typeof EvaluationPeriodKind[keyof typeof EvaluationPeriodKind];
export type EvaluationStandard = {
  __typename?: 'EvaluationStandard';
  dimensions: Array<EvaluationDimension>;
  grades: Array<EvaluationGrade>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A whole revised standard: weights of whole points adding to 100. */
export type EvaluationStandardInput = {
  dimensions: Array<EvaluationDimensionInput>;
  grades: Array<EvaluationGradeInput>;
  title: Scalars['String']['input'];
};

export type FeeCollection = {
  __typename?: 'FeeCollection';
  billedHomes: Scalars['Int']['output'];
  estate: Estate;
  /** 2026-11. */
  month: Scalars['String']['output'];
  paidHomes: Scalars['Int']['output'];
  rate: Scalars['Float']['output'];
};

export type FloorCoefficientInput = {
  floor: Scalars['Int']['input'];
  /** Thousandths: 700 is a coefficient of 0.7. */
  permille: Scalars['Int']['input'];
};

/** One post of the five-level grid chain: 网格长 - 党小组长 - 楼栋长 - 党员中心户 - 志愿者. */
export type GridPost = {
  __typename?: 'GridPost';
  /** The area a post above building level covers, in words. */
  area?: Maybe<Scalars['String']['output']>;
  building?: Maybe<Building>;
  children: Array<GridPost>;
  community: Community;
  id: Scalars['ID']['output'];
  /** The person's display name (public: residents should know their building head). */
  name: Scalars['String']['output'];
  parent?: Maybe<GridPost>;
  /** Staff of the community only. */
  phone?: Maybe<Scalars['String']['output']>;
  role: GridRole;
};

export type GridPostInput = {
  /** The area a post above building level covers. */
  area?: InputMaybe<Scalars['String']['input']>;
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  communityId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Staff only. */
  phone?: InputMaybe<Scalars['String']['input']>;
  role: GridRole;
};

export const GridRole = {
  BuildingHead: 'BUILDING_HEAD',
  GridHead: 'GRID_HEAD',
  MemberHousehold: 'MEMBER_HOUSEHOLD',
  PartyGroupHead: 'PARTY_GROUP_HEAD',
  Volunteer: 'VOLUNTEER'
} as const;

export type GridRole = typeof GridRole[keyof typeof GridRole];
/** A home (户): an owned exclusive part with a registered floor area. */
export type Home = {
  __typename?: 'Home';
  /** Registered floor area in square metres, two decimals. */
  areaM2: Scalars['Float']['output'];
  /** When its home code was issued; null while it has none (staff). */
  credentialIssuedAt?: Maybe<Scalars['DateTime']['output']>;
  floor: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  room: Scalars['String']['output'];
};

export type HomeCostShare = {
  __typename?: 'HomeCostShare';
  areaM2: Scalars['Float']['output'];
  /** Thousandths. */
  coefficientPermille: Scalars['Int']['output'];
  floor: Scalars['Int']['output'];
  homeId: Scalars['ID']['output'];
  room: Scalars['String']['output'];
  shareFen: Scalars['Int']['output'];
};

export type HomeCredential = {
  __typename?: 'HomeCredential';
  homeCode: Scalars['String']['output'];
  /** Shown once; only a hash is stored. */
  pin: Scalars['String']['output'];
};

export type ImportError = {
  __typename?: 'ImportError';
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type ImportReport = {
  __typename?: 'ImportReport';
  created: Scalars['Int']['output'];
  errors: Array<ImportError>;
  updated: Scalars['Int']['output'];
};

export type IndicatorPointsInput = {
  code: Scalars['String']['input'];
  points: Scalars['Float']['input'];
};

export type IndicatorScore = {
  __typename?: 'IndicatorScore';
  /** Where the number comes from, e.g. '41 of 44 orders on time'. */
  basis: Scalars['String']['output'];
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 0 to the indicator's weight. */
  points: Scalars['Float']['output'];
  /** False when the period had no basis and it counts at the rate of the other indicators. */
  scored: Scalars['Boolean']['output'];
  weight: Scalars['Int']['output'];
};

export const IndicatorSource = {
  /** Computed from matters and complaints about the estate. */
  Complaints: 'COMPLAINTS',
  /** Computed from the fee collection rate. */
  Fees: 'FEES',
  /** Monthly checks by the community or sub-district staff. */
  Inspection: 'INSPECTION',
  /** Residents' ratings at a kiosk or by phone, one per home per month. */
  ResidentRating: 'RESIDENT_RATING',
  /** Scores from the third-party assessor, imported. */
  ThirdParty: 'THIRD_PARTY',
  /** Computed from the service centre's and the company's work orders. */
  WorkOrders: 'WORK_ORDERS'
} as const;

export type IndicatorSource = typeof IndicatorSource[keyof typeof IndicatorSource];
export type JointMeeting = {
  __typename?: 'JointMeeting';
  attendees: Array<JointUnit>;
  heldAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  minutes?: Maybe<Scalars['String']['output']>;
  /** Raised at this meeting or carried into it. */
  problems: Array<JointProblem>;
  /** 2026-Q4. */
  quarter: Scalars['String']['output'];
};

export type JointProblem = {
  __typename?: 'JointProblem';
  /** Meetings it was carried over to while open. */
  carriedOver: Scalars['Int']['output'];
  dueBy: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  leadUnit: JointUnit;
  partners: Array<JointUnit>;
  /** The meeting where it was raised. */
  raisedAt: JointMeeting;
  solvedAt?: Maybe<Scalars['DateTime']['output']>;
  solvedNote?: Maybe<Scalars['String']['output']>;
  status: JointProblemStatus;
  title: Scalars['String']['output'];
};

export const JointProblemStatus = {
  Open: 'OPEN',
  Solved: 'SOLVED'
} as const;

export type JointProblemStatus = typeof JointProblemStatus[keyof typeof JointProblemStatus];
export type JointUnit = {
  __typename?: 'JointUnit';
  id: Scalars['ID']['output'];
  kind: JointUnitKind;
  name: Scalars['String']['output'];
};

/** Problems a unit led: raised, solved, solved by their due date. */
export type JointUnitFigures = {
  __typename?: 'JointUnitFigures';
  raised: Scalars['Int']['output'];
  solved: Scalars['Int']['output'];
  solvedOnTime: Scalars['Int']['output'];
  unit: JointUnit;
};

export const JointUnitKind = {
  Clinic: 'CLINIC',
  Community: 'COMMUNITY',
  DistrictDepartment: 'DISTRICT_DEPARTMENT',
  Other: 'OTHER',
  Police: 'POLICE',
  PropertyCompany: 'PROPERTY_COMPANY',
  School: 'SCHOOL'
} as const;

export type JointUnitKind = typeof JointUnitKind[keyof typeof JointUnitKind];
/** A matter a resident raised, followed through the three steps. */
export type Matter = {
  __typename?: 'Matter';
  /** What the caller may do to this matter now (a kiosk without a session may second by asking for a home code). */
  allowedActions: Array<MatterActionKind>;
  /** Where the problem is, when the resident said so. */
  building?: Maybe<Building>;
  category: MatterCategory;
  community: Community;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Staff of the community only; null for everyone else. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Why it was declined (public). */
  declineReason?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** On the office’s follow-up list after a rating of 1 or 2. */
  followUp: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The matter this one was merged into. */
  mergedInto?: Maybe<Matter>;
  /** Untriaged for more than 2 hours. */
  overdue: Scalars['Boolean']['output'];
  pavilion: Pavilion;
  /** Estate, building and unit, as the register names them. */
  place?: Maybe<Scalars['String']['output']>;
  /** The common problem chosen when raising, if any. */
  problemId?: Maybe<Scalars['ID']['output']>;
  /** 0 to 100, reported by the community office while executing. */
  progress: Scalars['Int']['output'];
  /** The published scorecard that a matter on re-appointing a property company is about. */
  propertyScorecard?: Maybe<Scorecard>;
  rating?: Maybe<Scalars['Int']['output']>;
  /** The rater's comment; staff of the community only. */
  ratingComment?: Maybe<Scalars['String']['output']>;
  resolution?: Maybe<Resolution>;
  secondCount: Scalars['Int']['output'];
  status: MatterStatus;
  step: MatterStep;
  /** Every change, oldest first. */
  timeline: Array<MatterEvent>;
  title: Scalars['String']['output'];
  /** The code on the receipt; also the right to rate the result. */
  trackingCode: Scalars['String']['output'];
  /** When the branch triaged it. */
  triagedAt?: Maybe<Scalars['DateTime']['output']>;
  unit?: Maybe<Unit>;
  vote?: Maybe<Vote>;
  /** Minutes from raising to triage, or until now while untriaged. */
  waitingMinutes: Scalars['Int']['output'];
  /** The work orders that carry this matter out: for the community's staff and the orders' teams (a tracking code is the right to urge, reopen and rate); empty for everyone else. */
  workOrders: Array<WorkOrder>;
};

/** An action a client may offer on a matter (see Matter.allowedActions). */
export const MatterActionKind = {
  CalculateCostShare: 'CALCULATE_COST_SHARE',
  Complete: 'COMPLETE',
  CreateWorkOrder: 'CREATE_WORK_ORDER',
  Merge: 'MERGE',
  OpenVote: 'OPEN_VOTE',
  Rate: 'RATE',
  ReportProgress: 'REPORT_PROGRESS',
  Resolve: 'RESOLVE',
  ResolveFollowUp: 'RESOLVE_FOLLOW_UP',
  Schedule: 'SCHEDULE',
  Second: 'SECOND',
  Triage: 'TRIAGE'
} as const;

export type MatterActionKind = typeof MatterActionKind[keyof typeof MatterActionKind];
export const MatterCategory = {
  Convention: 'CONVENTION',
  Elevator: 'ELEVATOR',
  Environment: 'ENVIRONMENT',
  Fees: 'FEES',
  Fundraising: 'FUNDRAISING',
  Neighbours: 'NEIGHBOURS',
  Other: 'OTHER',
  Parking: 'PARKING',
  Property: 'PROPERTY',
  Repair: 'REPAIR',
  Safety: 'SAFETY'
} as const;

export type MatterCategory = typeof MatterCategory[keyof typeof MatterCategory];
export type MatterConnection = {
  __typename?: 'MatterConnection';
  edges: Array<MatterEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MatterEdge = {
  __typename?: 'MatterEdge';
  cursor: Scalars['String']['output'];
  node: Matter;
};

export type MatterEvent = {
  __typename?: 'MatterEvent';
  at: Scalars['DateTime']['output'];
  kind: MatterEventKind;
  note?: Maybe<Scalars['String']['output']>;
  /** Progress reported with this event. */
  progress?: Maybe<Scalars['Int']['output']>;
  status: MatterStatus;
};

export const MatterEventKind = {
  Completed: 'COMPLETED',
  FollowedUp: 'FOLLOWED_UP',
  Merged: 'MERGED',
  Progress: 'PROGRESS',
  Raised: 'RAISED',
  Rated: 'RATED',
  Resolved: 'RESOLVED',
  Scheduled: 'SCHEDULED',
  Triaged: 'TRIAGED',
  VoteClosed: 'VOTE_CLOSED',
  VoteOpened: 'VOTE_OPENED'
} as const;

export type MatterEventKind = typeof MatterEventKind[keyof typeof MatterEventKind];
export type MatterFilter = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  pavilionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<MatterStatus>>;
  step?: InputMaybe<MatterStep>;
};

export const MatterSort = {
  LeastProgress: 'LEAST_PROGRESS',
  MostSeconded: 'MOST_SECONDED',
  Newest: 'NEWEST',
  Oldest: 'OLDEST'
} as const;

export type MatterSort = typeof MatterSort[keyof typeof MatterSort];
export const MatterStatus = {
  Completed: 'COMPLETED',
  Declined: 'DECLINED',
  InExecution: 'IN_EXECUTION',
  Merged: 'MERGED',
  OnAgenda: 'ON_AGENDA',
  Submitted: 'SUBMITTED',
  VoteFailed: 'VOTE_FAILED',
  Voting: 'VOTING'
} as const;

export type MatterStatus = typeof MatterStatus[keyof typeof MatterStatus];
/** The three steps, and the end. */
export const MatterStep = {
  Deliberate: 'DELIBERATE',
  Done: 'DONE',
  Execute: 'EXECUTE',
  Raise: 'RAISE'
} as const;

export type MatterStep = typeof MatterStep[keyof typeof MatterStep];
export type Meeting = {
  __typename?: 'Meeting';
  agenda: Array<Matter>;
  /** How many people attended. */
  attendance?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  minutes?: Maybe<Scalars['String']['output']>;
  pavilion: Pavilion;
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  acknowledgeWorkOrder: WorkOrder;
  addJointProblem: JointProblem;
  addJointUnit: JointUnit;
  /** A member's phone account in a team (SERVICE_STAFF); they sign in and see the team's orders. */
  addServiceTeamMember: ServiceTeam;
  /** Shares an elevator's net cost among the homes of a building or unit (SECRETARY or OFFICE). */
  calculateCostShare: CostSharePlan;
  /** A duplicate, or not a job for the centre; the reason is public. */
  cancelWorkOrder: WorkOrder;
  /** A resident signed in with their home code casts the ballot of its owner (or household). */
  castBallot: BallotReceipt;
  /** The office checks the work (核查): accepted -> DONE, not accepted -> back to the team. */
  checkWorkOrder: WorkOrder;
  /** Freezes the period's scorecards and publishes them as a notice (STREET_ADMIN). */
  closeEvaluationPeriod: Array<Scorecard>;
  /** Closes early once everyone has voted; after closesAt it returns the closed vote. */
  closeVote: Vote;
  /** A signed-in resident of one of the convention's communities. */
  commentArticle: ConventionArticle;
  /** 一键投诉: a signed-in resident complains about their estate's company. */
  complainAboutProperty: PropertyComplaint;
  completeMatter: Matter;
  /** A new team of a community (its office or the sub-district). */
  createServiceTeam: ServiceTeam;
  createWorkOrder: WorkOrder;
  decideAmendment: Amendment;
  dispatchWorkOrder: WorkOrder;
  /** A secretary (or the sub-district) drafts a convention for communities they act for. */
  draftConvention: Convention;
  finishWorkOrder: WorkOrder;
  /** CSV: community,estate,month,billed_homes,paid_homes. All or nothing, every bad line reported. */
  importFeeCollection: ImportReport;
  /** CSV: community,role,name,estate,building,area,parent,phone. All or nothing, every bad line reported. */
  importGridPosts: ImportReport;
  /**
   * CSV with a header row: community,estate,building,unit,floor,room,area_m2,owner_key.
   * All or nothing: with any error, nothing is imported and every bad line is reported.
   */
  importHomes: ImportReport;
  /** CSV: company,period,indicator_code,points. All or nothing, every bad line reported. */
  importThirdPartyScores: ImportReport;
  /** A new home code and PIN for a home; the old one stops working. */
  issueHomeCredential: HomeCredential;
  /** Staff sign-in. */
  login: Session;
  /** Merges a duplicate into an open matter of the same community; its seconds carry over. */
  mergeMatter: Matter;
  /** A note on the timeline, by the team or the office. */
  noteWorkOrder: WorkOrder;
  /** Opens a draft, or one in force for its yearly review (评约), to residents until a date. */
  openConsultation: Convention;
  /** A warning grade: puts the company's re-appointment to the owners of an estate, with the scorecard attached. */
  openPropertyReview: Matter;
  /** Opens the vote the branch resolved on (SECRETARY); the electorate is frozen now. */
  openVote: Vote;
  proposeAmendment: Amendment;
  /** Applies accepted amendments as a new version with its changes. */
  publishConventionVersion: Convention;
  /** STREET_ADMIN: a revised standard as the next version; closed periods keep theirs. */
  publishEvaluationStandard: EvaluationStandard;
  /** Opens a RESIDENTS_MAJORITY vote of the convention's households; passing puts it IN_FORCE. */
  putConventionToVote: Convention;
  putWorkOrderOnLedger: WorkOrder;
  /** From a kiosk without a session, or by a signed-in resident (then linked to the home). */
  raiseMatter: Matter;
  /** Once, when completed; the tracking code is the right to rate. 1 or 2 stars put it on the follow-up list. */
  rateMatter: Matter;
  /** A signed-in resident rates the company of their own estate; once per home per month. */
  rateProperty: Scorecard;
  rateWorkOrder: WorkOrder;
  /** A patrol team member or staff records a breach and its outcome; no resident is named. */
  recordBreach: Breach;
  /** A monthly check by staff of the estate's community or the sub-district. */
  recordInspection: Scorecard;
  /** Every problem still open is carried over to it. */
  recordJointMeeting: JointMeeting;
  /** Attendance and minutes of a meeting (SECRETARY). */
  recordMeetingMinutes: Meeting;
  /** A paper ballot collected door to door, entered by OFFICE or SECRETARY staff. */
  recordPaperBallot: BallotReceipt;
  recordResolution: Matter;
  /** A member leaves the team: their sessions end, and with no team left the account no longer signs in. */
  removeServiceTeamMember: ServiceTeam;
  /** Within 7 days of DONE; counts as rework. */
  reopenWorkOrder: WorkOrder;
  reportProgress: Matter;
  /** From a kiosk without a session, or by a signed-in resident. A duplicate open order folds in. */
  reportRepair: WorkOrder;
  /** The office sets a new password for a member (at least 8 characters); the member's sessions end. */
  resetServiceTeamMemberPassword: Scalars['Boolean']['output'];
  /** A resident's sign-in with a home code and PIN; the session lasts 15 minutes. */
  residentLogin: Session;
  /** Takes a matter off the follow-up list with a note of what was done. */
  resolveFollowUp: Matter;
  /** Takes an order off the follow-up list with a note of what was done. */
  resolveWorkOrderFollowUp: WorkOrder;
  /** Sends a FAILED message again from the first attempt. */
  retryNotification: Notification;
  /** A kiosk hands what was chosen to a phone: show the code as a QR code. It lasts 30 minutes. */
  saveRaiseDraft: RaiseDraft;
  /** A deliberation meeting at a pavilion with the matters on its agenda (SECRETARY). */
  scheduleMeeting: Meeting;
  /** Support (附议) by a signed-in resident, once per home. */
  secondMatter: Matter;
  /** 转支部议事: an order on the ledger becomes a matter in the branch's inbox (funds, the owners' decision); the order waits for it. */
  sendWorkOrderToBranch: WorkOrder;
  /** Who serves an estate: a company by name (added if new), or null for none. */
  setEstateCompany: Estate;
  /** Sets a post (a building head replaces the one of that building); office, secretary or sub-district. */
  setGridPost: GridPost;
  /** The office's roster of a team: the weekdays it takes new orders of its kind (replaces the old). */
  setServiceTeamRoster: ServiceTeam;
  /** Ends the session of the bearer token sent with this request. */
  signOut: Scalars['Boolean']['output'];
  solveJointProblem: JointProblem;
  /** One support per home. */
  supportAmendment: Amendment;
  triageMatter: Matter;
  /** STREET_ADMIN: a new version of an item; orders reported before keep their promise. */
  updateServiceItem: ServiceItem;
  /** Anyone with the tracking code, limited in rate. */
  urgeWorkOrder: WorkOrder;
};


export type MutationAcknowledgeWorkOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddJointProblemArgs = {
  dueBy: Scalars['DateTime']['input'];
  leadUnitId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
};


export type MutationAddJointUnitArgs = {
  kind: JointUnitKind;
  name: Scalars['String']['input'];
};


export type MutationAddServiceTeamMemberArgs = {
  input: NewServiceTeamMemberInput;
  teamId: Scalars['ID']['input'];
};


export type MutationCalculateCostShareArgs = {
  input: CostShareInput;
};


export type MutationCancelWorkOrderArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCastBallotArgs = {
  choice: BallotChoice;
  voteId: Scalars['ID']['input'];
};


export type MutationCheckWorkOrderArgs = {
  accepted: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCloseEvaluationPeriodArgs = {
  kind: EvaluationPeriodKind;
  period: Scalars['String']['input'];
};


export type MutationCloseVoteArgs = {
  voteId: Scalars['ID']['input'];
};


export type MutationCommentArticleArgs = {
  articleId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationComplainAboutPropertyArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  topic: ComplaintTopic;
};


export type MutationCompleteMatterArgs = {
  matterId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationCreateServiceTeamArgs = {
  input: NewServiceTeamInput;
};


export type MutationCreateWorkOrderArgs = {
  input: CreateWorkOrderInput;
};


export type MutationDecideAmendmentArgs = {
  accept: Scalars['Boolean']['input'];
  amendmentId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDispatchWorkOrderArgs = {
  id: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
};


export type MutationDraftConventionArgs = {
  input: DraftConventionInput;
};


export type MutationFinishWorkOrderArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationImportFeeCollectionArgs = {
  csv: Scalars['String']['input'];
};


export type MutationImportGridPostsArgs = {
  csv: Scalars['String']['input'];
};


export type MutationImportHomesArgs = {
  csv: Scalars['String']['input'];
};


export type MutationImportThirdPartyScoresArgs = {
  csv: Scalars['String']['input'];
};


export type MutationIssueHomeCredentialArgs = {
  homeId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMergeMatterArgs = {
  id: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
};


export type MutationNoteWorkOrderArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationOpenConsultationArgs = {
  closesAt: Scalars['DateTime']['input'];
  conventionId: Scalars['ID']['input'];
};


export type MutationOpenPropertyReviewArgs = {
  companyId: Scalars['ID']['input'];
  estateId: Scalars['ID']['input'];
  kind: EvaluationPeriodKind;
  period: Scalars['String']['input'];
};


export type MutationOpenVoteArgs = {
  input: OpenVoteInput;
};


export type MutationProposeAmendmentArgs = {
  articleId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


export type MutationPublishConventionVersionArgs = {
  conventionId: Scalars['ID']['input'];
};


export type MutationPublishEvaluationStandardArgs = {
  input: EvaluationStandardInput;
};


export type MutationPutConventionToVoteArgs = {
  closesAt: Scalars['DateTime']['input'];
  conventionId: Scalars['ID']['input'];
};


export type MutationPutWorkOrderOnLedgerArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRaiseMatterArgs = {
  input: RaiseMatterInput;
};


export type MutationRateMatterArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  stars: Scalars['Int']['input'];
  trackingCode: Scalars['String']['input'];
};


export type MutationRatePropertyArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  scores: Array<IndicatorPointsInput>;
};


export type MutationRateWorkOrderArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  quality: Scalars['Int']['input'];
  speed: Scalars['Int']['input'];
  trackingCode: Scalars['String']['input'];
};


export type MutationRecordBreachArgs = {
  input: RecordBreachInput;
};


export type MutationRecordInspectionArgs = {
  companyId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  scores: Array<IndicatorPointsInput>;
};


export type MutationRecordJointMeetingArgs = {
  attendeeIds: Array<Scalars['ID']['input']>;
  heldAt: Scalars['DateTime']['input'];
  minutes?: InputMaybe<Scalars['String']['input']>;
  quarter: Scalars['String']['input'];
};


export type MutationRecordMeetingMinutesArgs = {
  attendance: Scalars['Int']['input'];
  meetingId: Scalars['ID']['input'];
  minutes: Scalars['String']['input'];
};


export type MutationRecordPaperBallotArgs = {
  choice: BallotChoice;
  homeId: Scalars['ID']['input'];
  voteId: Scalars['ID']['input'];
};


export type MutationRecordResolutionArgs = {
  input: ResolutionInput;
  matterId: Scalars['ID']['input'];
};


export type MutationRemoveServiceTeamMemberArgs = {
  staffId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
};


export type MutationReopenWorkOrderArgs = {
  note: Scalars['String']['input'];
  trackingCode: Scalars['String']['input'];
};


export type MutationReportProgressArgs = {
  matterId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  percent: Scalars['Int']['input'];
};


export type MutationReportRepairArgs = {
  input: ReportRepairInput;
};


export type MutationResetServiceTeamMemberPasswordArgs = {
  password: Scalars['String']['input'];
  staffId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
};


export type MutationResidentLoginArgs = {
  homeCode: Scalars['String']['input'];
  pin: Scalars['String']['input'];
};


export type MutationResolveFollowUpArgs = {
  matterId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationResolveWorkOrderFollowUpArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRetryNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveRaiseDraftArgs = {
  input: RaiseChoiceInput;
};


export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


export type MutationSecondMatterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendWorkOrderToBranchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetEstateCompanyArgs = {
  companyName?: InputMaybe<Scalars['String']['input']>;
  estateId: Scalars['ID']['input'];
};


export type MutationSetGridPostArgs = {
  input: GridPostInput;
};


export type MutationSetServiceTeamRosterArgs = {
  teamId: Scalars['ID']['input'];
  weekdays: Array<Scalars['Int']['input']>;
};


export type MutationSolveJointProblemArgs = {
  note: Scalars['String']['input'];
  problemId: Scalars['ID']['input'];
};


export type MutationSupportAmendmentArgs = {
  amendmentId: Scalars['ID']['input'];
};


export type MutationTriageMatterArgs = {
  decision: TriageDecision;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateServiceItemArgs = {
  change: ServiceItemChange;
  code: Scalars['String']['input'];
};


export type MutationUrgeWorkOrderArgs = {
  trackingCode: Scalars['String']['input'];
};

/** The signed-in home's rating of this month, which it may change until the month ends. */
export type MyPropertyRating = {
  __typename?: 'MyPropertyRating';
  comment?: Maybe<Scalars['String']['output']>;
  month: Scalars['String']['output'];
  scores: Array<StarsAnswer>;
};

/** A new service team of a community, with its duty roster. */
export type NewServiceTeamInput = {
  communityId: Scalars['ID']['input'];
  kind: ServiceTeamKind;
  name: Scalars['String']['input'];
  /** Weekdays on duty, 1 Monday .. 7 Sunday (Beijing time). */
  weekdays: Array<Scalars['Int']['input']>;
};

/** A team member's phone account (SERVICE_STAFF). */
export type NewServiceTeamMemberInput = {
  displayName: Scalars['String']['input'];
  /** At least 8 characters; the member changes nothing else with it. */
  password: Scalars['String']['input'];
  /** 3 to 64 lower-case letters, digits, dots, dashes or underscores. */
  username: Scalars['String']['input'];
};

export type Notice = {
  __typename?: 'Notice';
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: NoticeKind;
  /** The matter the notice is about; null for the property scorecards. */
  matter?: Maybe<Matter>;
  publishedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

export const NoticeKind = {
  Evaluation: 'EVALUATION',
  Resolution: 'RESOLUTION',
  VoteResult: 'VOTE_RESULT'
} as const;

export type NoticeKind = typeof NoticeKind[keyof typeof NoticeKind];
/** A message to a resident's phone about their order or matter, and how its delivery went. */
export type Notification = {
  __typename?: 'Notification';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  phone: Scalars['String']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: NotificationStatus;
  text: Scalars['String']['output'];
  trackingCode: Scalars['String']['output'];
};

export const NotificationStatus = {
  Failed: 'FAILED',
  Pending: 'PENDING',
  Sent: 'SENT'
} as const;

export type NotificationStatus = typeof NotificationStatus[keyof typeof NotificationStatus];
export type OpenVoteInput = {
  /** In the future, at most 60 days away. */
  closesAt: Scalars['DateTime']['input'];
  matterId: Scalars['ID']['input'];
  question: Scalars['String']['input'];
  rule: VoteRule;
  scopeId: Scalars['ID']['input'];
  scopeKind: ScopeKind;
};

/** Which figure of the orders a WORK_ORDERS indicator takes. */
export const OrderMeasure = {
  OrderRating: 'ORDER_RATING',
  ResolveOnTime: 'RESOLVE_ON_TIME',
  RespondOnTime: 'RESPOND_ON_TIME'
} as const;

export type OrderMeasure = typeof OrderMeasure[keyof typeof OrderMeasure];
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Participation = {
  __typename?: 'Participation';
  /** Homes that raised, seconded or voted in the period. */
  homes: Scalars['Int']['output'];
  homesInScope: Scalars['Int']['output'];
  /** homes / homesInScope, 0 to 1. */
  rate: Scalars['Float']['output'];
};

/** A deliberation pavilion (议事亭) with its touchscreen kiosk. */
export type Pavilion = {
  __typename?: 'Pavilion';
  community: Community;
  /** The estate the pavilion stands in, if the register says so: its buildings are offered first. */
  estate?: Maybe<Estate>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PropertyCompany = {
  __typename?: 'PropertyCompany';
  /** The estates it serves (in one community, if given). */
  estates: Array<Estate>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};


export type PropertyCompanyEstatesArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
};

export type PropertyComplaint = {
  __typename?: 'PropertyComplaint';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  topic: ComplaintTopic;
};

/** One month of a company's figures, for charts. */
export type PropertyMonth = {
  __typename?: 'PropertyMonth';
  complaints: Scalars['Int']['output'];
  feeRate?: Maybe<Scalars['Float']['output']>;
  month: Scalars['String']['output'];
  /** Null below 10 homes. */
  ratingHomes?: Maybe<Scalars['Int']['output']>;
  /** The overall question in points of 100; null below 10 homes. */
  satisfaction?: Maybe<Scalars['Float']['output']>;
};

/** One ballot of a closed vote as published: its receipt and choice, not who cast it. */
export type PublishedBallot = {
  __typename?: 'PublishedBallot';
  choice: BallotChoice;
  receipt: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Walks the whole hash chain and names the first row that does not hold (staff). */
  auditChain: AuditChainCheck;
  /** The audit log, newest first (staff: the rows of their communities and their own). */
  auditEntries: AuditEntryPage;
  /** Breaches per article and month (Beijing time); public, nobody named. */
  breachCounts: Array<BreachCount>;
  /** Periods of a kind that the sub-district has closed, newest first. */
  closedEvaluationPeriods: Array<Scalars['String']['output']>;
  codeRules: CodeRules;
  /** What residents raise most often, per category; the last of each is its general entry. */
  commonProblems: Array<CommonProblem>;
  communities: Array<Community>;
  convention?: Maybe<Convention>;
  /** Conventions of a community (or all), newest first; public. */
  conventions: Array<Convention>;
  /** An elevator matter's cost shares (staff of the community). */
  costSharePlan?: Maybe<CostSharePlan>;
  /** One estate, to browse its buildings, units and (for staff) homes. */
  estate?: Maybe<Estate>;
  /** How property companies are scored: the current version of the standard. */
  evaluationStandard: EvaluationStandard;
  /** Public: the fee collection of an estate by month (the last 24 months by default). */
  feeCollection: Array<FeeCollection>;
  /** The columns of a fee collection file for importFeeCollection, in order (its header row). */
  feeImportColumns: Array<Scalars['String']['output']>;
  /** Completed matters rated 1 or 2 stars, awaiting the office (staff). */
  followUps: Array<Matter>;
  /** Public: names and posts; phones for staff only. */
  grid: Array<GridPost>;
  /** The columns of a grid file for importGridPosts, in order (its header row). */
  gridImportColumns: Array<Scalars['String']['output']>;
  /** The columns of a register file for importHomes, in order (its header row). */
  homeImportColumns: Array<Scalars['String']['output']>;
  /** Untriaged matters of the caller's communities, oldest first (staff). */
  inbox: Array<Matter>;
  /** Newest first. */
  jointMeetings: Array<JointMeeting>;
  /** Public: open ones by due date, solved ones newest first. */
  jointProblems: Array<JointProblem>;
  jointUnitFigures: Array<JointUnitFigures>;
  jointUnits: Array<JointUnit>;
  matter?: Maybe<Matter>;
  matterByTrackingCode?: Maybe<Matter>;
  /** Newest first; pass pageInfo.endCursor as `after` for the next page. */
  matters: MatterConnection;
  /** Matters the community office is executing (staff). */
  mattersInExecution: Array<Matter>;
  /** Who is signed in; null without a session. */
  me?: Maybe<Viewer>;
  /** Meetings, latest first (public). */
  meetings: Array<Meeting>;
  /** The estate of the signed-in resident's home (null for anyone else): what a rating is about. */
  myEstate?: Maybe<Estate>;
  /** The signed-in home's rating of this month. */
  myPropertyRating?: Maybe<MyPropertyRating>;
  /** Open votes of the signed-in resident's home. */
  myVotes: Array<Vote>;
  /** Public notices (公示), newest first. */
  notices: Array<Notice>;
  /** Messages to residents' phones, newest first: OFFICE staff of the community, STREET_ADMIN all. */
  notifications: Array<Notification>;
  /** One pavilion, with its community: what a kiosk standing in it shows. */
  pavilion?: Maybe<Pavilion>;
  pavilions: Array<Pavilion>;
  /** Companies that serve an estate (of one community, if given), by name. */
  propertyCompanies: Array<PropertyCompany>;
  /** Public: a company's complaints, satisfaction and fee collection by month, for charts. */
  propertyTrend: Array<PropertyMonth>;
  /** The draft behind a QR code; NOT_FOUND once it has expired. */
  raiseDraft: RaiseDraft;
  /** One company's card for a period (public). */
  scorecard?: Maybe<Scorecard>;
  /** Public: ranked by total. */
  scorecards: Array<Scorecard>;
  /** The current catalogue: categories and their items with standards and promised minutes. */
  serviceCatalogue: Array<ServiceCategory>;
  /** Public figures of the centre (all teams, or one community or team) for a period; the last 365 days by default. */
  serviceLevels: ServiceLevels;
  /** Each team's figures, ranked by median respond minutes (teams with at least 10 orders). */
  serviceTeamLevels: Array<ServiceTeamLevels>;
  serviceTeams: Array<ServiceTeam>;
  /** The staff's table: filtered, sorted and paged by offset, in the caller's communities (staff). */
  staffMatters: MatterConnection;
  /** Public figures of a community (or of the whole sub-district); the period defaults to this year so far. */
  stats: Stats;
  /** The columns of an assessor's file for importThirdPartyScores, in order (its header row). */
  thirdPartyImportColumns: Array<Scalars['String']['output']>;
  /** Whether the ballot with this receipt was counted, its choice and the vote status. */
  verifyBallot: BallotVerification;
  vote?: Maybe<Vote>;
  /** Staff of the community, and service staff for their own team. */
  workOrder?: Maybe<WorkOrder>;
  /** Anyone holding the tracking code. */
  workOrderByTrackingCode?: Maybe<WorkOrder>;
  /** Staff of the community, and service staff for their own team. */
  workOrders: WorkOrderConnection;
};


export type QueryAuditEntriesArgs = {
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBreachCountsArgs = {
  conventionId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryClosedEvaluationPeriodsArgs = {
  kind: EvaluationPeriodKind;
};


export type QueryCommonProblemsArgs = {
  category?: InputMaybe<MatterCategory>;
};


export type QueryConventionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConventionsArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCostSharePlanArgs = {
  matterId: Scalars['ID']['input'];
};


export type QueryEstateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeeCollectionArgs = {
  estateId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGridArgs = {
  communityId: Scalars['ID']['input'];
};


export type QueryJointMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJointProblemsArgs = {
  status?: InputMaybe<JointProblemStatus>;
};


export type QueryMatterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMatterByTrackingCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryMattersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MatterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeetingsArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  pavilionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNoticesArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNotificationsArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<NotificationStatus>;
};


export type QueryPavilionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPropertyCompaniesArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPropertyTrendArgs = {
  companyId: Scalars['ID']['input'];
  months?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRaiseDraftArgs = {
  code: Scalars['String']['input'];
};


export type QueryScorecardArgs = {
  companyId: Scalars['ID']['input'];
  kind: EvaluationPeriodKind;
  period: Scalars['String']['input'];
};


export type QueryScorecardsArgs = {
  kind: EvaluationPeriodKind;
  period: Scalars['String']['input'];
};


export type QueryServiceLevelsArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryServiceTeamLevelsArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryServiceTeamsArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStaffMattersArgs = {
  filter?: InputMaybe<StaffMatterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<MatterSort>;
};


export type QueryStatsArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryVerifyBallotArgs = {
  receipt: Scalars['String']['input'];
};


export type QueryVoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkOrderByTrackingCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryWorkOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<WorkOrderSort>;
};

/** What a resident chose at the kiosk: a category, perhaps a common problem and a place, perhaps words. */
export type RaiseChoiceInput = {
  /** A building of the pavilion's community. */
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  category: MatterCategory;
  /** Up to 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  pavilionId: Scalars['ID']['input'];
  /** A common problem of the category (commonProblems); with one, title and description are optional. */
  problemId?: InputMaybe<Scalars['ID']['input']>;
  /** 4 to 60 characters; required without a problem. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A unit of that building; the building follows from it. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** A raise begun at a kiosk and continued on a phone; its code is in the QR code. */
export type RaiseDraft = {
  __typename?: 'RaiseDraft';
  buildingId?: Maybe<Scalars['ID']['output']>;
  category: MatterCategory;
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  pavilionId: Scalars['ID']['output'];
  /** Estate, building and unit in words. */
  place?: Maybe<Scalars['String']['output']>;
  problemId?: Maybe<Scalars['ID']['output']>;
  /** Already sent: it made its matter. */
  sent: Scalars['Boolean']['output'];
  title?: Maybe<Scalars['String']['output']>;
  unitId?: Maybe<Scalars['ID']['output']>;
};

export type RaiseMatterInput = {
  /** A building of the pavilion's community. */
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  category: MatterCategory;
  /** A mainland mobile number; shown to staff of the community only. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Up to 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Sending a draft made at a kiosk (from the phone that scanned it); a draft is sent once. */
  draftCode?: InputMaybe<Scalars['String']['input']>;
  pavilionId: Scalars['ID']['input'];
  /** A common problem of the category (commonProblems); with one, title and description are optional. */
  problemId?: InputMaybe<Scalars['ID']['input']>;
  /** 4 to 60 characters; required without a problem. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A unit of that building; the building follows from it. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecordBreachInput = {
  articleNumber: Scalars['Int']['input'];
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  conventionId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: BreachOutcome;
  place: Scalars['String']['input'];
};

export type ReportRepairInput = {
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  /** Mainland mobile number; staff of the community only. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  itemCode: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  pavilionId: Scalars['ID']['input'];
};

/** The branch's resolution (决议), published as a public notice. */
export type Resolution = {
  __typename?: 'Resolution';
  decidedAt: Scalars['DateTime']['output'];
  outcome: ResolutionOutcome;
  summary: Scalars['String']['output'];
};

export type ResolutionInput = {
  outcome: ResolutionOutcome;
  summary: Scalars['String']['input'];
};

export const ResolutionOutcome = {
  Decline: 'DECLINE',
  Execute: 'EXECUTE',
  PutToVote: 'PUT_TO_VOTE'
} as const;

export type ResolutionOutcome = typeof ResolutionOutcome[keyof typeof ResolutionOutcome];
export const Role = {
  Office: 'OFFICE',
  Resident: 'RESIDENT',
  Secretary: 'SECRETARY',
  /** A member of one of the community's service teams (cleaning, repairs, patrol), on a phone. */
  ServiceStaff: 'SERVICE_STAFF',
  StreetAdmin: 'STREET_ADMIN'
} as const;

export type Role = typeof Role[keyof typeof Role];
export type ScheduleMeetingInput = {
  /** Matters ON_AGENDA of the pavilion's community, in agenda order. */
  matterIds: Array<Scalars['ID']['input']>;
  pavilionId: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export const ScopeKind = {
  Building: 'BUILDING',
  /** Every household of the communities of a residents' convention (opened by putConventionToVote). */
  Communities: 'COMMUNITIES',
  Estate: 'ESTATE',
  Unit: 'UNIT'
} as const;

export type ScopeKind = typeof ScopeKind[keyof typeof ScopeKind];
export type Scorecard = {
  __typename?: 'Scorecard';
  company: PropertyCompany;
  consequence: Scalars['String']['output'];
  dimensions: Array<DimensionScore>;
  feeFloat: Scalars['String']['output'];
  /** Closed periods are frozen and published; open ones are provisional. */
  final: Scalars['Boolean']['output'];
  grade: Scalars['String']['output'];
  gradeName: Scalars['String']['output'];
  kind: EvaluationPeriodKind;
  /** 2026-11, 2026-Q4 or 2026. */
  period: Scalars['String']['output'];
  /** Place among all companies in the period. */
  rank: Scalars['Int']['output'];
  renewalWarning: Scalars['Boolean']['output'];
  /** Homes that rated in the period; 0 when fewer than 10 (never shown below 10). */
  residentRatings: Scalars['Int']['output'];
  standardVersion: Scalars['Int']['output'];
  /** 0 to 100. */
  total: Scalars['Float']['output'];
};

/** One of the catalogue's categories (the seed: 6 categories, 23 items). */
export type ServiceCategory = {
  __typename?: 'ServiceCategory';
  code: Scalars['String']['output'];
  items: Array<ServiceItem>;
  name: Scalars['String']['output'];
};

/** One item of the service catalogue: what is done, to which standard, how fast. */
export type ServiceItem = {
  __typename?: 'ServiceItem';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  paid: Scalars['Boolean']['output'];
  /** Minutes from report to done. */
  resolveMinutes: Scalars['Int']['output'];
  /** Minutes from report to a team's acknowledgement (the seed's promise: 120). */
  respondMinutes: Scalars['Int']['output'];
  /** The service standard residents can hold the centre to. */
  standard: Scalars['String']['output'];
  /** The kind of team an order of this item goes to. */
  teamKind: ServiceTeamKind;
  /** Raised by each edit; an order shows the version it was promised. */
  version: Scalars['Int']['output'];
};

/** A change of a catalogue item; unset fields keep their value. Makes a new version. */
export type ServiceItemChange = {
  name?: InputMaybe<Scalars['String']['input']>;
  paid?: InputMaybe<Scalars['Boolean']['input']>;
  resolveMinutes?: InputMaybe<Scalars['Int']['input']>;
  respondMinutes?: InputMaybe<Scalars['Int']['input']>;
  standard?: InputMaybe<Scalars['String']['input']>;
};

/** Public figures of the service centre for a period: medians and rates, with the counts behind them. */
export type ServiceLevels = {
  __typename?: 'ServiceLevels';
  /** Mean of speed and quality, 1 to 5. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  done: Scalars['Int']['output'];
  /** Wall-clock minutes from report to acknowledgement. */
  medianRespondMinutes?: Maybe<Scalars['Float']['output']>;
  onTimeResolveRate?: Maybe<Scalars['Float']['output']>;
  onTimeRespondRate?: Maybe<Scalars['Float']['output']>;
  /** Orders reported in the period, cancelled ones left out. */
  orders: Scalars['Int']['output'];
  /** Wall-clock minutes. */
  p90RespondMinutes?: Maybe<Scalars['Float']['output']>;
  rated: Scalars['Int']['output'];
  /** Orders done and open ones already past resolveBy: what the resolve rate is of. */
  resolveCounted: Scalars['Int']['output'];
  /** Responded orders and open ones already past respondBy: what the respond rate is of. */
  respondCounted: Scalars['Int']['output'];
  /** Orders acknowledged by a team: the count behind the respond minutes. */
  responded: Scalars['Int']['output'];
  reworkRate?: Maybe<Scalars['Float']['output']>;
  /** Done orders that were reopened at least once. */
  reworked: Scalars['Int']['output'];
};

/** One of a community's volunteer service teams. */
export type ServiceTeam = {
  __typename?: 'ServiceTeam';
  community: Community;
  /** The duty roster: weekdays (1 Monday .. 7 Sunday) this team takes new orders of its kind. */
  dutyWeekdays: Array<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: ServiceTeamKind;
  memberCount: Scalars['Int']['output'];
  /** The team's members: for the community's staff and the team's own members; empty for everyone else. */
  members: Array<TeamMember>;
  name: Scalars['String']['output'];
  /** On duty today (Beijing time). */
  onDuty: Scalars['Boolean']['output'];
};

export const ServiceTeamKind = {
  Cleaning: 'CLEANING',
  Patrol: 'PATROL',
  Repair: 'REPAIR'
} as const;

export type ServiceTeamKind = typeof ServiceTeamKind[keyof typeof ServiceTeamKind];
/** A team's figures and its place among the community's teams (ranked only with at least 10 orders). */
export type ServiceTeamLevels = {
  __typename?: 'ServiceTeamLevels';
  levels: ServiceLevels;
  /** By median respond minutes; null with fewer than 10 orders. */
  rank?: Maybe<Scalars['Int']['output']>;
  team: ServiceTeam;
};

export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['DateTime']['output'];
  role: Role;
  token: Scalars['String']['output'];
};

/** The staff's filters; every one narrows, and all stay within the caller's communities. */
export type StaffMatterFilter = {
  category?: InputMaybe<Array<MatterCategory>>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Raised at or after. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Raised before. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** On the follow-up list after a low rating. */
  followUp?: InputMaybe<Scalars['Boolean']['input']>;
  /** Untriaged for more than 2 hours (true), or not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** A tracking code, or words of the title or the place. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<MatterStatus>>;
  step?: InputMaybe<MatterStep>;
};

export type StarsAnswer = {
  __typename?: 'StarsAnswer';
  code: Scalars['String']['output'];
  points: Scalars['Int']['output'];
};

/** Figures of one community, or of the whole sub-district, over matters raised in [from, to). */
export type Stats = {
  __typename?: 'Stats';
  byCategory: Array<CategoryCount>;
  byStep: Array<StepCount>;
  /** From raising to completion. */
  completion: Durations;
  from: Scalars['DateTime']['output'];
  meanRating?: Maybe<Scalars['Float']['output']>;
  participation: Participation;
  raised: Scalars['Int']['output'];
  ratings: Scalars['Int']['output'];
  /** Of those raised, how many are completed. */
  resolved: Scalars['Int']['output'];
  to: Scalars['DateTime']['output'];
  /** From raising to triage; the target is under 2 hours. */
  triage: Durations;
  /** Matters triaged within 2 hours of being raised. */
  triagedWithinTarget: Scalars['Int']['output'];
};

export type StepCount = {
  __typename?: 'StepCount';
  count: Scalars['Int']['output'];
  step: MatterStep;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every change of a matter raised at this pavilion (or in this community, or anywhere). */
  matterUpdated: Matter;
  /** Each ballot (participation only while open) and the closing, of one vote or of every vote of a community (a board's). */
  voteUpdated: Vote;
  /** Every change of an order (of a community, a team, or the one with this tracking code), with the rights of the list or the code: staff of the community, the order's team, or the code's holder. Contacts only to the community's staff and the order's team. */
  workOrderUpdated: WorkOrder;
};


export type SubscriptionMatterUpdatedArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  pavilionId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionVoteUpdatedArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  voteId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionWorkOrderUpdatedArgs = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  trackingCode?: InputMaybe<Scalars['String']['input']>;
};

/** A member of a service team, as the community's office sees them. */
export type TeamMember = {
  __typename?: 'TeamMember';
  displayName: Scalars['String']['output'];
  /** The member's staff account. */
  id: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

export const TriageDecision = {
  Decline: 'DECLINE',
  Deliberate: 'DELIBERATE',
  RouteToOffice: 'ROUTE_TO_OFFICE'
} as const;

export type TriageDecision = typeof TriageDecision[keyof typeof TriageDecision];
/** A unit (单元): one stairwell or entrance of a building. */
export type Unit = {
  __typename?: 'Unit';
  /** Staff of the community only. */
  homes: Array<Home>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Viewer = {
  __typename?: 'Viewer';
  /** The communities this person acts for (all of them for sub-district staff; their own for a resident). */
  communities: Array<Community>;
  displayName: Scalars['String']['output'];
  /** The home a resident signed in with. */
  homeId?: Maybe<Scalars['ID']['output']>;
  role: Role;
  /** The service teams a SERVICE_STAFF member works in (empty for everyone else). */
  teams: Array<ServiceTeam>;
};

export type Vote = {
  __typename?: 'Vote';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  closesAt: Scalars['DateTime']['output'];
  /** SHA-256 over the sorted ballots (receipt:choice lines); null until closed. */
  digest?: Maybe<Scalars['String']['output']>;
  /** The frozen electorate and who has voted (staff of the community). */
  electors: Array<ElectorView>;
  id: Scalars['ID']['output'];
  matter: Matter;
  /** For a signed-in resident: whether their home's owner (or household) has voted. */
  myBallotCast?: Maybe<Scalars['Boolean']['output']>;
  /** For a signed-in resident: their home's share of an elevator's cost, in fen. */
  myCostShareFen?: Maybe<Scalars['Int']['output']>;
  openedAt: Scalars['DateTime']['output'];
  question: Scalars['String']['output'];
  /** The receipts and choices of a closed vote, sorted; null while open. */
  receipts?: Maybe<Array<PublishedBallot>>;
  /** Null until the vote is closed. */
  result?: Maybe<VoteResult>;
  rule: VoteRule;
  scopeKind: ScopeKind;
  /** The estate, building or unit the vote covers, in words. */
  scopeName: Scalars['String']['output'];
  status: VoteStatus;
  /** Participation so far; shown while the vote is open. */
  tally: VoteTally;
};

export type VoteResult = {
  __typename?: 'VoteResult';
  abstainAreaM2: Scalars['Float']['output'];
  abstainOwners: Scalars['Int']['output'];
  noAreaM2: Scalars['Float']['output'];
  noOwners: Scalars['Int']['output'];
  passed: Scalars['Boolean']['output'];
  quorumMet: Scalars['Boolean']['output'];
  /** The published wording of the result. */
  summary: Scalars['String']['output'];
  yesAreaM2: Scalars['Float']['output'];
  yesOwners: Scalars['Int']['output'];
};

export const VoteRule = {
  /** Civil Code art. 278, raising funds, rebuilding, change of use: 2/3 quorum, 3/4 by area and by owners */
  OwnersMajor: 'OWNERS_MAJOR',
  /** Civil Code art. 278, other matters: 2/3 quorum, more than 1/2 by area and by owners */
  OwnersOrdinary: 'OWNERS_ORDINARY',
  /** One vote per household: more than 1/2 take part, more than 1/2 of them yes */
  ResidentsMajority: 'RESIDENTS_MAJORITY'
} as const;

export type VoteRule = typeof VoteRule[keyof typeof VoteRule];
export const VoteStatus = {
  Closed: 'CLOSED',
  Open: 'OPEN'
} as const;

export type VoteStatus = typeof VoteStatus[keyof typeof VoteStatus];
export type VoteTally = {
  __typename?: 'VoteTally';
  eligibleAreaM2: Scalars['Float']['output'];
  eligibleHomes: Scalars['Int']['output'];
  /** Owners (distinct owner keys), or households for a residents vote. */
  eligibleOwners: Scalars['Int']['output'];
  participatingAreaM2: Scalars['Float']['output'];
  participatingOwners: Scalars['Int']['output'];
};

/** A job for a service team: report, dispatch, acknowledge, work, check, done, rated. */
export type WorkOrder = {
  __typename?: 'WorkOrder';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the asker may do to this order now. */
  allowedActions: Array<WorkOrderAction>;
  building?: Maybe<Building>;
  community: Community;
  /** The reporter's phone: the community's staff and the order's team only. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** The deadline that runs now (respondBy, then resolveBy); null once done, cancelled or on the ledger. Lists sort by it. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** A deadline is near (a quarter of its window, at most 30 minutes): the console flags it. */
  dueSoon: Scalars['Boolean']['output'];
  /** On the follow-up list after a low rating. */
  followUp: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The item version the order was promised under. */
  item: ServiceItem;
  /** The matter of the three steps that this order executes, if any. */
  matter?: Maybe<Matter>;
  /** What the reporter said; public like a matter description. */
  note?: Maybe<Scalars['String']['output']>;
  /** Past respondBy without acknowledgement, or past resolveBy without being done. */
  overdue: Scalars['Boolean']['output'];
  /** The rating's words: the community's staff only. */
  ratingComment?: Maybe<Scalars['String']['output']>;
  ratingQuality?: Maybe<Scalars['Int']['output']>;
  /** 1 to 5, given by the reporter after it is done. */
  ratingSpeed?: Maybe<Scalars['Int']['output']>;
  /** Why it is on the ledger (挂账), or why it was cancelled. */
  reason?: Maybe<Scalars['String']['output']>;
  reportedAt: Scalars['DateTime']['output'];
  /** Homes or kiosk reports that folded into this order (duplicates add reporters). */
  reporterCount: Scalars['Int']['output'];
  /** Done by then (wall-clock minutes from the report). */
  resolveBy: Scalars['DateTime']['output'];
  /** Acknowledged by a team by then (wall-clock minutes from the report). */
  respondBy: Scalars['DateTime']['output'];
  /** Wall-clock minutes from the report to the first acknowledgement. */
  respondedInMinutes?: Maybe<Scalars['Int']['output']>;
  /** Times it was reopened after being done. */
  reworkCount: Scalars['Int']['output'];
  source: WorkOrderSource;
  status: WorkOrderStatus;
  team?: Maybe<ServiceTeam>;
  timeline: Array<WorkOrderEvent>;
  /** Same alphabet and rules as a matter's tracking code; the right to urge, reopen and rate. */
  trackingCode: Scalars['String']['output'];
  urgeCount: Scalars['Int']['output'];
};

export const WorkOrderAction = {
  Acknowledge: 'ACKNOWLEDGE',
  Cancel: 'CANCEL',
  Check: 'CHECK',
  Dispatch: 'DISPATCH',
  Finish: 'FINISH',
  Note: 'NOTE',
  PutOnLedger: 'PUT_ON_LEDGER',
  Rate: 'RATE',
  Reopen: 'REOPEN',
  ResolveFollowUp: 'RESOLVE_FOLLOW_UP',
  ToBranch: 'TO_BRANCH',
  Urge: 'URGE'
} as const;

export type WorkOrderAction = typeof WorkOrderAction[keyof typeof WorkOrderAction];
export type WorkOrderConnection = {
  __typename?: 'WorkOrderConnection';
  edges: Array<WorkOrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkOrderEdge = {
  __typename?: 'WorkOrderEdge';
  cursor: Scalars['String']['output'];
  node: WorkOrder;
};

export type WorkOrderEvent = {
  __typename?: 'WorkOrderEvent';
  at: Scalars['DateTime']['output'];
  /** Who acted: a team, the office, or a resident. */
  by?: Maybe<Scalars['String']['output']>;
  kind: WorkOrderEventKind;
  note?: Maybe<Scalars['String']['output']>;
  status: WorkOrderStatus;
};

export const WorkOrderEventKind = {
  Acknowledged: 'ACKNOWLEDGED',
  Cancelled: 'CANCELLED',
  CheckAccepted: 'CHECK_ACCEPTED',
  Dispatched: 'DISPATCHED',
  Finished: 'FINISHED',
  Folded: 'FOLDED',
  FollowUpResolved: 'FOLLOW_UP_RESOLVED',
  Note: 'NOTE',
  OnLedger: 'ON_LEDGER',
  Rated: 'RATED',
  Reopened: 'REOPENED',
  Reported: 'REPORTED',
  ResolveDueSoon: 'RESOLVE_DUE_SOON',
  RespondDueSoon: 'RESPOND_DUE_SOON',
  SentBack: 'SENT_BACK',
  ToBranch: 'TO_BRANCH',
  Urged: 'URGED'
} as const;

export type WorkOrderEventKind = typeof WorkOrderEventKind[keyof typeof WorkOrderEventKind];
export type WorkOrderFilter = {
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** On the follow-up list after a low rating. */
  followUp?: InputMaybe<Scalars['Boolean']['input']>;
  matterId?: InputMaybe<Scalars['ID']['input']>;
  /** Past the deadline that runs now (respond, then resolve). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<WorkOrderStatus>>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** One order by its tracking code, typed in any case with or without spaces and dashes. */
  trackingCode?: InputMaybe<Scalars['String']['input']>;
};

export const WorkOrderSort = {
  Deadline: 'DEADLINE',
  Newest: 'NEWEST'
} as const;

export type WorkOrderSort = typeof WorkOrderSort[keyof typeof WorkOrderSort];
export const WorkOrderSource = {
  Kiosk: 'KIOSK',
  Matter: 'MATTER',
  PhoneCall: 'PHONE_CALL',
  Resident: 'RESIDENT'
} as const;

export type WorkOrderSource = typeof WorkOrderSource[keyof typeof WorkOrderSource];
export const WorkOrderStatus = {
  Acknowledged: 'ACKNOWLEDGED',
  AwaitingCheck: 'AWAITING_CHECK',
  Cancelled: 'CANCELLED',
  Dispatched: 'DISPATCHED',
  Done: 'DONE',
  /** Put on the ledger (挂账) with a written reason: it cannot be done in time. */
  OnLedger: 'ON_LEDGER',
  Reported: 'REPORTED'
} as const;

export type WorkOrderStatus = typeof WorkOrderStatus[keyof typeof WorkOrderStatus];
export type KioskPavilionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KioskPavilionQuery = { __typename?: 'Query', pavilion?: { __typename?: 'Pavilion', id: string, name: string, community: { __typename?: 'Community', id: string, name: string } } | null };

export type MatterDetailsFragment = { __typename?: 'Matter', id: string, place?: string | null, trackingCode: string, title: string, description: string, category: MatterCategory, status: MatterStatus, step: MatterStep, progress: number, secondCount: number, rating?: number | null, declineReason?: string | null, createdAt: string, allowedActions: Array<MatterActionKind>, pavilion: { __typename?: 'Pavilion', id: string }, mergedInto?: { __typename?: 'Matter', trackingCode: string, title: string } | null, resolution?: { __typename?: 'Resolution', summary: string, outcome: ResolutionOutcome, decidedAt: string } | null, timeline: Array<{ __typename?: 'MatterEvent', at: string, status: MatterStatus, kind: MatterEventKind, note?: string | null, progress?: number | null }>, vote?: (
    { __typename?: 'Vote' }
    & { ' $fragmentRefs'?: { 'MatterVoteFragment': MatterVoteFragment } }
  ) | null } & { ' $fragmentName'?: 'MatterDetailsFragment' };

export type MatterVoteFragment = { __typename?: 'Vote', id: string, question: string, status: VoteStatus, closesAt: string, tally: { __typename?: 'VoteTally', eligibleOwners: number, participatingOwners: number }, result?: { __typename?: 'VoteResult', passed: boolean, summary: string } | null } & { ' $fragmentName'?: 'MatterVoteFragment' };

export type MatterPageQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type MatterPageQuery = { __typename?: 'Query', matterByTrackingCode?: (
    { __typename?: 'Matter', id: string }
    & { ' $fragmentRefs'?: { 'MatterDetailsFragment': MatterDetailsFragment } }
  ) | null };

export type MatterPageUpdatesSubscriptionVariables = Exact<{
  pavilionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MatterPageUpdatesSubscription = { __typename?: 'Subscription', matterUpdated: (
    { __typename?: 'Matter', id: string, step: MatterStep, community: { __typename?: 'Community', id: string } }
    & { ' $fragmentRefs'?: { 'BoardCardFragment': BoardCardFragment;'MatterDetailsFragment': MatterDetailsFragment } }
  ) };

export type MatterPageVoteSubscriptionVariables = Exact<{
  voteId: Scalars['ID']['input'];
}>;


export type MatterPageVoteSubscription = { __typename?: 'Subscription', voteUpdated: (
    { __typename?: 'Vote' }
    & { ' $fragmentRefs'?: { 'MatterVoteFragment': MatterVoteFragment } }
  ) };

export type KioskSecondMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KioskSecondMutation = { __typename?: 'Mutation', secondMatter: { __typename?: 'Matter', id: string, secondCount: number } };

export type KioskEndSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type KioskEndSessionMutation = { __typename?: 'Mutation', signOut: boolean };

export type RateMatterMutationVariables = Exact<{
  code: Scalars['String']['input'];
  stars: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type RateMatterMutation = { __typename?: 'Mutation', rateMatter: { __typename?: 'Matter', id: string, rating?: number | null } };

export type KioskPavilionsQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskPavilionsQuery = { __typename?: 'Query', communities: Array<{ __typename?: 'Community', id: string, name: string, pavilions: Array<{ __typename?: 'Pavilion', id: string, name: string }> }> };

export type PhoneLoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type PhoneLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Session', token: string, role: Role } };

export type ResidentBarMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidentBarMeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', displayName: string } | null };

export type ResidentSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type ResidentSignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type KioskResidentLoginMutationVariables = Exact<{
  homeCode: Scalars['String']['input'];
  pin: Scalars['String']['input'];
}>;


export type KioskResidentLoginMutation = { __typename?: 'Mutation', residentLogin: { __typename?: 'Session', token: string, expiresAt: string } };

export type TrackLookupQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type TrackLookupQuery = { __typename?: 'Query', matterByTrackingCode?: { __typename?: 'Matter', id: string } | null, workOrderByTrackingCode?: { __typename?: 'WorkOrder', id: string } | null };

export type KioskMyVotesQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskMyVotesQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', displayName: string } | null, myVotes: Array<{ __typename?: 'Vote', id: string, question: string, rule: VoteRule, closesAt: string, myBallotCast?: boolean | null, myCostShareFen?: number | null, matter: { __typename?: 'Matter', title: string, resolution?: { __typename?: 'Resolution', summary: string } | null } }> };

export type KioskCastMutationVariables = Exact<{
  voteId: Scalars['ID']['input'];
  choice: BallotChoice;
}>;


export type KioskCastMutation = { __typename?: 'Mutation', castBallot: { __typename?: 'BallotReceipt', receipt: string, castAt: string } };

export type BoardCardFragment = { __typename?: 'Matter', id: string, trackingCode: string, title: string, place?: string | null, category: MatterCategory, status: MatterStatus, step: MatterStep, progress: number, secondCount: number, vote?: (
    { __typename?: 'Vote' }
    & { ' $fragmentRefs'?: { 'BoardVoteFragment': BoardVoteFragment } }
  ) | null } & { ' $fragmentName'?: 'BoardCardFragment' };

export type BoardVoteFragment = { __typename?: 'Vote', id: string, status: VoteStatus, tally: { __typename?: 'VoteTally', eligibleOwners: number, participatingOwners: number }, result?: { __typename?: 'VoteResult', passed: boolean } | null } & { ' $fragmentName'?: 'BoardVoteFragment' };

export type KioskBoardQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type KioskBoardQuery = { __typename?: 'Query', open: { __typename?: 'MatterConnection', totalCount: number, edges: Array<{ __typename?: 'MatterEdge', node: (
        { __typename?: 'Matter', id: string, step: MatterStep }
        & { ' $fragmentRefs'?: { 'BoardCardFragment': BoardCardFragment } }
      ) }> }, done: { __typename?: 'MatterConnection', totalCount: number, edges: Array<{ __typename?: 'MatterEdge', node: (
        { __typename?: 'Matter', id: string, step: MatterStep }
        & { ' $fragmentRefs'?: { 'BoardCardFragment': BoardCardFragment } }
      ) }> }, stats: { __typename?: 'Stats', raised: number, resolved: number, triage: { __typename?: 'Durations', medianMinutes?: number | null }, participation: { __typename?: 'Participation', rate: number } }, notices: Array<{ __typename?: 'Notice', id: string, title: string, body: string, publishedAt: string }> };

export type KioskBoardUpdatesSubscriptionVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type KioskBoardUpdatesSubscription = { __typename?: 'Subscription', matterUpdated: (
    { __typename?: 'Matter', id: string, step: MatterStep, createdAt: string, community: { __typename?: 'Community', id: string } }
    & { ' $fragmentRefs'?: { 'BoardCardFragment': BoardCardFragment } }
  ) };

export type KioskBoardVotesSubscriptionVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type KioskBoardVotesSubscription = { __typename?: 'Subscription', voteUpdated: (
    { __typename?: 'Vote' }
    & { ' $fragmentRefs'?: { 'BoardVoteFragment': BoardVoteFragment } }
  ) };

export type BallotCheckQueryVariables = Exact<{
  receipt: Scalars['String']['input'];
}>;


export type BallotCheckQuery = { __typename?: 'Query', verifyBallot: { __typename?: 'BallotVerification', found: boolean, choice?: BallotChoice | null, voteStatus?: VoteStatus | null } };

export type KioskCodeRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskCodeRulesQuery = { __typename?: 'Query', codeRules: { __typename?: 'CodeRules', alphabet: string, trackingCodeLength: number, receiptLength: number } };

export type ConsoleOnAgendaQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConsoleOnAgendaQuery = { __typename?: 'Query', matters: { __typename?: 'MatterConnection', edges: Array<{ __typename?: 'MatterEdge', node: { __typename?: 'Matter', id: string, trackingCode: string, title: string, category: MatterCategory, resolution?: { __typename?: 'Resolution', summary: string, outcome: ResolutionOutcome } | null, pavilion: { __typename?: 'Pavilion', community: { __typename?: 'Community', id: string } } } }> } };

export type ConsoleAuditQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleAuditQuery = { __typename?: 'Query', auditEntries: { __typename?: 'AuditEntryPage', totalCount: number, nodes: Array<{ __typename?: 'AuditEntryView', id: string, at: string, actorName: string, actorRole: string, action: string, matterId?: string | null, details: string }> } };

export type ConsoleAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAuditChainQuery = { __typename?: 'Query', auditChain: { __typename?: 'AuditChainCheck', sound: boolean, soundRows: number, brokenAt?: string | null, reason?: string | null } };

export type ConsoleLoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type ConsoleLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Session', token: string, role: Role } };

export type ConsoleSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', role: Role, displayName: string, communities: Array<{ __typename?: 'Community', id: string, name: string, estates: Array<{ __typename?: 'Estate', id: string, name: string }> }> } | null };

export type ConsoleMeetingsQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConsoleMeetingsQuery = { __typename?: 'Query', meetings: Array<{ __typename?: 'Meeting', id: string, title: string, startsAt: string, attendance?: number | null, minutes?: string | null, pavilion: { __typename?: 'Pavilion', id: string, name: string }, agenda: Array<{ __typename?: 'Matter', id: string, title: string }> }>, pavilions: Array<{ __typename?: 'Pavilion', id: string, name: string, community: { __typename?: 'Community', id: string } }> };

export type ConsoleScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ConsoleScheduleMutation = { __typename?: 'Mutation', scheduleMeeting: { __typename?: 'Meeting', id: string } };

export type ConsoleMinutesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  attendance: Scalars['Int']['input'];
  minutes: Scalars['String']['input'];
}>;


export type ConsoleMinutesMutation = { __typename?: 'Mutation', recordMeetingMinutes: { __typename?: 'Meeting', id: string } };

export type ConsoleOpenVoteMutationVariables = Exact<{
  input: OpenVoteInput;
}>;


export type ConsoleOpenVoteMutation = { __typename?: 'Mutation', openVote: { __typename?: 'Vote', id: string, status: VoteStatus } };

export type ConsoleCostShareMutationVariables = Exact<{
  input: CostShareInput;
}>;


export type ConsoleCostShareMutation = { __typename?: 'Mutation', calculateCostShare: { __typename?: 'CostSharePlan', netCostFen: number, shares: Array<{ __typename?: 'HomeCostShare', homeId: string, room: string, floor: number, coefficientPermille: number, shareFen: number }> } };

export type ConsoleElectorsQueryVariables = Exact<{
  voteId: Scalars['ID']['input'];
}>;


export type ConsoleElectorsQuery = { __typename?: 'Query', vote?: { __typename?: 'Vote', id: string, electors: Array<{ __typename?: 'ElectorView', homeId: string, label: string, floor: number, areaM2: number, voted: boolean }> } | null };

export type ConsolePaperBallotMutationVariables = Exact<{
  voteId: Scalars['ID']['input'];
  homeId: Scalars['ID']['input'];
  choice: BallotChoice;
}>;


export type ConsolePaperBallotMutation = { __typename?: 'Mutation', recordPaperBallot: { __typename?: 'BallotReceipt', receipt: string } };

export type ConsoleEstateTreeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleEstateTreeQuery = { __typename?: 'Query', estate?: { __typename?: 'Estate', id: string, buildings: Array<{ __typename?: 'Building', id: string, name: string, units: Array<{ __typename?: 'Unit', id: string, name: string }> }> } | null };

export type ConsoleMonthStatsQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type ConsoleMonthStatsQuery = { __typename?: 'Query', stats: { __typename?: 'Stats', raised: number, resolved: number, triage: { __typename?: 'Durations', medianMinutes?: number | null }, participation: { __typename?: 'Participation', rate: number } } };

export type ConsoleVotingQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConsoleVotingQuery = { __typename?: 'Query', matters: { __typename?: 'MatterConnection', edges: Array<{ __typename?: 'MatterEdge', node: { __typename?: 'Matter', id: string, title: string, vote?: { __typename?: 'Vote', id: string, question: string, rule: VoteRule, scopeName: string, closesAt: string, tally: { __typename?: 'VoteTally', eligibleOwners: number, eligibleAreaM2: number, participatingOwners: number, participatingAreaM2: number } } | null } }> } };

export type ConsoleVoteLiveSubscriptionVariables = Exact<{
  voteId: Scalars['ID']['input'];
}>;


export type ConsoleVoteLiveSubscription = { __typename?: 'Subscription', voteUpdated: { __typename?: 'Vote', id: string, status: VoteStatus, tally: { __typename?: 'VoteTally', participatingOwners: number, participatingAreaM2: number } } };

export type ConsoleCloseVoteMutationVariables = Exact<{
  voteId: Scalars['ID']['input'];
}>;


export type ConsoleCloseVoteMutation = { __typename?: 'Mutation', closeVote: { __typename?: 'Vote', id: string, status: VoteStatus } };

export type ConsoleNoticesQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConsoleNoticesQuery = { __typename?: 'Query', notices: Array<{ __typename?: 'Notice', id: string, kind: NoticeKind, title: string, body: string, publishedAt: string }> };

export type ConsoleWorkbenchQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWorkbenchQuery = { __typename?: 'Query', closedMonths: Array<string>, toTriage: { __typename?: 'MatterConnection', totalCount: number }, lateTriage: { __typename?: 'MatterConnection', totalCount: number }, onAgenda: { __typename?: 'MatterConnection', totalCount: number }, voting: { __typename?: 'MatterConnection', totalCount: number }, followUps: { __typename?: 'MatterConnection', totalCount: number }, toDispatch: { __typename?: 'WorkOrderConnection', totalCount: number }, lateOrders: { __typename?: 'WorkOrderConnection', totalCount: number }, toCheck: { __typename?: 'WorkOrderConnection', totalCount: number }, orderFollowUps: { __typename?: 'WorkOrderConnection', totalCount: number } };

export type ConsoleClosedPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleClosedPeriodsQuery = { __typename?: 'Query', months: Array<string>, quarters: Array<string>, years: Array<string> };

export type ConsoleClosePeriodMutationVariables = Exact<{
  kind: EvaluationPeriodKind;
  period: Scalars['String']['input'];
}>;


export type ConsoleClosePeriodMutation = { __typename?: 'Mutation', closeEvaluationPeriod: Array<{ __typename?: 'Scorecard', rank: number, total: number, gradeName: string, renewalWarning: boolean, company: { __typename?: 'PropertyCompany', id: string, name: string } }> };

export type ConsoleScorecardsQueryVariables = Exact<{
  kind: EvaluationPeriodKind;
  period: Scalars['String']['input'];
}>;


export type ConsoleScorecardsQuery = { __typename?: 'Query', scorecards: Array<{ __typename?: 'Scorecard', rank: number, total: number, grade: string, gradeName: string, final: boolean, renewalWarning: boolean, residentRatings: number, company: { __typename?: 'PropertyCompany', id: string, name: string, estates: Array<{ __typename?: 'Estate', id: string, name: string }> }, dimensions: Array<{ __typename?: 'DimensionScore', code: string, name: string, weight: number, points: number, indicators: Array<{ __typename?: 'IndicatorScore', code: string, name: string, weight: number, points: number, basis: string }> }> }> };

export type ConsoleOpenPropertyReviewMutationVariables = Exact<{
  companyId: Scalars['ID']['input'];
  estateId: Scalars['ID']['input'];
  kind: EvaluationPeriodKind;
  period: Scalars['String']['input'];
}>;


export type ConsoleOpenPropertyReviewMutation = { __typename?: 'Mutation', openPropertyReview: { __typename?: 'Matter', id: string, trackingCode: string } };

export type EvaluationImportColumnsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationImportColumnsQuery = { __typename?: 'Query', thirdPartyImportColumns: Array<string>, feeImportColumns: Array<string> };

export type ConsoleImportThirdPartyMutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type ConsoleImportThirdPartyMutation = { __typename?: 'Mutation', importThirdPartyScores: { __typename?: 'ImportReport', created: number, updated: number, errors: Array<{ __typename?: 'ImportError', line: number, message: string }> } };

export type ConsoleImportFeesMutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type ConsoleImportFeesMutation = { __typename?: 'Mutation', importFeeCollection: { __typename?: 'ImportReport', created: number, updated: number, errors: Array<{ __typename?: 'ImportError', line: number, message: string }> } };

export type ConsoleInspectionSetupQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConsoleInspectionSetupQuery = { __typename?: 'Query', propertyCompanies: Array<{ __typename?: 'PropertyCompany', id: string, name: string }>, evaluationStandard: { __typename?: 'EvaluationStandard', dimensions: Array<{ __typename?: 'EvaluationDimension', name: string, indicators: Array<{ __typename?: 'EvaluationIndicator', code: string, name: string, weight: number, source: IndicatorSource, method: string }> }> } };

export type ConsoleRecordInspectionMutationVariables = Exact<{
  companyId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
  scores: Array<IndicatorPointsInput> | IndicatorPointsInput;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleRecordInspectionMutation = { __typename?: 'Mutation', recordInspection: { __typename?: 'Scorecard', total: number, gradeName: string } };

export type ConsoleEvaluationStandardQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleEvaluationStandardQuery = { __typename?: 'Query', evaluationStandard: { __typename?: 'EvaluationStandard', version: number, title: string, dimensions: Array<{ __typename?: 'EvaluationDimension', code: string, name: string, indicators: Array<{ __typename?: 'EvaluationIndicator', code: string, name: string, weight: number, source: IndicatorSource, method: string, question?: string | null, measure?: OrderMeasure | null }> }>, grades: Array<{ __typename?: 'EvaluationGrade', grade: string, name: string, min: number, consequence: string, feeFloat: string, renewalWarning: boolean }> } };

export type ConsolePublishStandardMutationVariables = Exact<{
  input: EvaluationStandardInput;
}>;


export type ConsolePublishStandardMutation = { __typename?: 'Mutation', publishEvaluationStandard: { __typename?: 'EvaluationStandard', version: number } };

export type ConsoleTriageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: TriageDecision;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleTriageMutation = { __typename?: 'Mutation', triageMatter: { __typename?: 'Matter', id: string, status: MatterStatus, allowedActions: Array<MatterActionKind> } };

export type ConsoleFindByCodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConsoleFindByCodeQuery = { __typename?: 'Query', matterByTrackingCode?: { __typename?: 'Matter', id: string } | null };

export type ConsoleMergeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
}>;


export type ConsoleMergeMutation = { __typename?: 'Mutation', mergeMatter: { __typename?: 'Matter', id: string, status: MatterStatus, allowedActions: Array<MatterActionKind> } };

export type ConsoleMatterResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
  outcome: ResolutionOutcome;
}>;


export type ConsoleMatterResolveMutation = { __typename?: 'Mutation', recordResolution: { __typename?: 'Matter', id: string, status: MatterStatus, allowedActions: Array<MatterActionKind> } };

export type ConsoleReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  percent: Scalars['Int']['input'];
  note: Scalars['String']['input'];
}>;


export type ConsoleReportMutation = { __typename?: 'Mutation', reportProgress: { __typename?: 'Matter', id: string, progress: number, allowedActions: Array<MatterActionKind> } };

export type ConsoleCompleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type ConsoleCompleteMutation = { __typename?: 'Mutation', completeMatter: { __typename?: 'Matter', id: string, status: MatterStatus, allowedActions: Array<MatterActionKind> } };

export type ConsoleResolveFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type ConsoleResolveFollowUpMutation = { __typename?: 'Mutation', resolveFollowUp: { __typename?: 'Matter', id: string, followUp: boolean, allowedActions: Array<MatterActionKind> } };

export type ConsoleMatterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleMatterQuery = { __typename?: 'Query', matter?: { __typename?: 'Matter', id: string, trackingCode: string, title: string, description: string, category: MatterCategory, status: MatterStatus, step: MatterStep, place?: string | null, createdAt: string, triagedAt?: string | null, completedAt?: string | null, progress: number, secondCount: number, contactPhone?: string | null, rating?: number | null, ratingComment?: string | null, followUp: boolean, overdue: boolean, waitingMinutes: number, declineReason?: string | null, allowedActions: Array<MatterActionKind>, pavilion: { __typename?: 'Pavilion', id: string, name: string }, community: { __typename?: 'Community', id: string, name: string }, mergedInto?: { __typename?: 'Matter', id: string, trackingCode: string, title: string } | null, resolution?: { __typename?: 'Resolution', summary: string, outcome: ResolutionOutcome, decidedAt: string } | null, timeline: Array<{ __typename?: 'MatterEvent', at: string, status: MatterStatus, kind: MatterEventKind, note?: string | null, progress?: number | null }>, vote?: { __typename?: 'Vote', id: string, question: string, rule: VoteRule, status: VoteStatus, scopeName: string, openedAt: string, closesAt: string, tally: { __typename?: 'VoteTally', eligibleOwners: number, participatingOwners: number, eligibleAreaM2: number, participatingAreaM2: number }, result?: { __typename?: 'VoteResult', passed: boolean, summary: string } | null } | null } | null, costSharePlan?: { __typename?: 'CostSharePlan', totalCostFen: number, subsidyFen: number, netCostFen: number, calculatedAt: string, shares: Array<{ __typename?: 'HomeCostShare', homeId: string, room: string, floor: number, areaM2: number, shareFen: number }> } | null };

export type ConsoleMatterUpdatesSubscriptionVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConsoleMatterUpdatesSubscription = { __typename?: 'Subscription', matterUpdated: { __typename?: 'Matter', id: string, status: MatterStatus, step: MatterStep, progress: number, secondCount: number, rating?: number | null, followUp: boolean, allowedActions: Array<MatterActionKind>, timeline: Array<{ __typename?: 'MatterEvent', at: string, status: MatterStatus, kind: MatterEventKind, note?: string | null, progress?: number | null }> } };

export type ConsoleMatterWorkOrdersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleMatterWorkOrdersQuery = { __typename?: 'Query', matter?: { __typename?: 'Matter', id: string, workOrders: Array<{ __typename?: 'WorkOrder', id: string, trackingCode: string, status: WorkOrderStatus, overdue: boolean, item: { __typename?: 'ServiceItem', name: string }, team?: { __typename?: 'ServiceTeam', id: string, name: string } | null }> } | null };

export type ConsoleCreateWorkOrderMutationVariables = Exact<{
  input: CreateWorkOrderInput;
}>;


export type ConsoleCreateWorkOrderMutation = { __typename?: 'Mutation', createWorkOrder: { __typename?: 'WorkOrder', id: string, trackingCode: string, status: WorkOrderStatus } };

export type ConsoleMattersQueryVariables = Exact<{
  filter?: InputMaybe<StaffMatterFilter>;
  sort?: InputMaybe<MatterSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleMattersQuery = { __typename?: 'Query', staffMatters: { __typename?: 'MatterConnection', totalCount: number, edges: Array<{ __typename?: 'MatterEdge', node: { __typename?: 'Matter', id: string, trackingCode: string, title: string, place?: string | null, category: MatterCategory, status: MatterStatus, step: MatterStep, createdAt: string, secondCount: number, progress: number, overdue: boolean, followUp: boolean, contactPhone?: string | null, community: { __typename?: 'Community', id: string, name: string } } }> } };

export type ConsoleIssueCredentialMutationVariables = Exact<{
  homeId: Scalars['ID']['input'];
}>;


export type ConsoleIssueCredentialMutation = { __typename?: 'Mutation', issueHomeCredential: { __typename?: 'HomeCredential', homeCode: string, pin: string } };

export type ConsoleImportMutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type ConsoleImportMutation = { __typename?: 'Mutation', importHomes: { __typename?: 'ImportReport', created: number, updated: number, errors: Array<{ __typename?: 'ImportError', line: number, message: string }> } };

export type ConsoleImportColumnsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleImportColumnsQuery = { __typename?: 'Query', homeImportColumns: Array<string> };

export type ConsoleEstateHomesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleEstateHomesQuery = { __typename?: 'Query', estate?: { __typename?: 'Estate', id: string, name: string, propertyCompany?: string | null, buildings: Array<{ __typename?: 'Building', id: string, name: string, units: Array<{ __typename?: 'Unit', id: string, name: string, homes: Array<{ __typename?: 'Home', id: string, floor: number, room: string, areaM2: number, credentialIssuedAt?: string | null }> }> }> } | null };

export type ConsoleServiceCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleServiceCatalogueQuery = { __typename?: 'Query', serviceCatalogue: Array<{ __typename?: 'ServiceCategory', code: string, name: string, items: Array<{ __typename?: 'ServiceItem', code: string, version: number, name: string, standard: string, respondMinutes: number, resolveMinutes: number, paid: boolean, teamKind: ServiceTeamKind }> }> };

export type ConsoleUpdateServiceItemMutationVariables = Exact<{
  code: Scalars['String']['input'];
  change: ServiceItemChange;
}>;


export type ConsoleUpdateServiceItemMutation = { __typename?: 'Mutation', updateServiceItem: { __typename?: 'ServiceItem', code: string, version: number } };

export type ConsoleServiceLevelsQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConsoleServiceLevelsQuery = { __typename?: 'Query', serviceLevels: { __typename?: 'ServiceLevels', orders: number, responded: number, medianRespondMinutes?: number | null, p90RespondMinutes?: number | null, respondCounted: number, onTimeRespondRate?: number | null, resolveCounted: number, onTimeResolveRate?: number | null, done: number, reworked: number, reworkRate?: number | null, rated: number, averageRating?: number | null }, serviceTeamLevels: Array<{ __typename?: 'ServiceTeamLevels', rank?: number | null, team: { __typename?: 'ServiceTeam', id: string, name: string }, levels: { __typename?: 'ServiceLevels', orders: number, medianRespondMinutes?: number | null, onTimeRespondRate?: number | null, averageRating?: number | null } }> };

export type ConsoleNotificationsQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConsoleNotificationsQuery = { __typename?: 'Query', notifications: Array<{ __typename?: 'Notification', id: string, createdAt: string, sentAt?: string | null, phone: string, text: string, status: NotificationStatus, attempts: number, lastError?: string | null }> };

export type ConsoleRetryNotificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleRetryNotificationMutation = { __typename?: 'Mutation', retryNotification: { __typename?: 'Notification', id: string, status: NotificationStatus, attempts: number, lastError?: string | null } };

export type ConsoleServiceTeamsQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConsoleServiceTeamsQuery = { __typename?: 'Query', serviceTeams: Array<{ __typename?: 'ServiceTeam', id: string, name: string, kind: ServiceTeamKind, onDuty: boolean }> };

export type ConsoleDispatchOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
}>;


export type ConsoleDispatchOrderMutation = { __typename?: 'Mutation', dispatchWorkOrder: { __typename?: 'WorkOrder', id: string, status: WorkOrderStatus, allowedActions: Array<WorkOrderAction> } };

export type ConsoleCheckOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accepted: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleCheckOrderMutation = { __typename?: 'Mutation', checkWorkOrder: { __typename?: 'WorkOrder', id: string, status: WorkOrderStatus, allowedActions: Array<WorkOrderAction> } };

export type ConsoleLedgerOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ConsoleLedgerOrderMutation = { __typename?: 'Mutation', putWorkOrderOnLedger: { __typename?: 'WorkOrder', id: string, status: WorkOrderStatus, allowedActions: Array<WorkOrderAction> } };

export type ConsoleOrderToBranchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleOrderToBranchMutation = { __typename?: 'Mutation', sendWorkOrderToBranch: { __typename?: 'WorkOrder', id: string, status: WorkOrderStatus, allowedActions: Array<WorkOrderAction>, matter?: { __typename?: 'Matter', id: string, trackingCode: string } | null } };

export type ConsoleCancelOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ConsoleCancelOrderMutation = { __typename?: 'Mutation', cancelWorkOrder: { __typename?: 'WorkOrder', id: string, status: WorkOrderStatus, allowedActions: Array<WorkOrderAction> } };

export type ConsoleNoteOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type ConsoleNoteOrderMutation = { __typename?: 'Mutation', noteWorkOrder: { __typename?: 'WorkOrder', id: string, allowedActions: Array<WorkOrderAction> } };

export type ConsoleOrderFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type ConsoleOrderFollowUpMutation = { __typename?: 'Mutation', resolveWorkOrderFollowUp: { __typename?: 'WorkOrder', id: string, followUp: boolean, allowedActions: Array<WorkOrderAction> } };

export type ConsolePhoneReportDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePhoneReportDataQuery = { __typename?: 'Query', pavilions: Array<{ __typename?: 'Pavilion', id: string, community: { __typename?: 'Community', id: string } }> };

export type ConsolePhoneReportMutationVariables = Exact<{
  input: ReportRepairInput;
}>;


export type ConsolePhoneReportMutation = { __typename?: 'Mutation', reportRepair: { __typename?: 'WorkOrder', id: string, trackingCode: string, reporterCount: number } };

export type ConsoleServiceItemChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleServiceItemChoicesQuery = { __typename?: 'Query', serviceCatalogue: Array<{ __typename?: 'ServiceCategory', code: string, name: string, items: Array<{ __typename?: 'ServiceItem', code: string, name: string }> }> };

export type ConsoleServiceTeamsRosterQueryVariables = Exact<{
  communityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConsoleServiceTeamsRosterQuery = { __typename?: 'Query', serviceTeams: Array<{ __typename?: 'ServiceTeam', id: string, name: string, kind: ServiceTeamKind, memberCount: number, dutyWeekdays: Array<number>, onDuty: boolean, members: Array<{ __typename?: 'TeamMember', id: string, username: string, displayName: string }> }> };

export type ConsoleSetTeamRosterMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  weekdays: Array<Scalars['Int']['input']> | Scalars['Int']['input'];
}>;


export type ConsoleSetTeamRosterMutation = { __typename?: 'Mutation', setServiceTeamRoster: { __typename?: 'ServiceTeam', id: string, dutyWeekdays: Array<number>, onDuty: boolean } };

export type ConsoleCreateTeamMutationVariables = Exact<{
  input: NewServiceTeamInput;
}>;


export type ConsoleCreateTeamMutation = { __typename?: 'Mutation', createServiceTeam: { __typename?: 'ServiceTeam', id: string } };

export type ConsoleAddTeamMemberMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  input: NewServiceTeamMemberInput;
}>;


export type ConsoleAddTeamMemberMutation = { __typename?: 'Mutation', addServiceTeamMember: { __typename?: 'ServiceTeam', id: string, memberCount: number } };

export type ConsoleResetMemberPasswordMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  staffId: Scalars['ID']['input'];
  password: Scalars['String']['input'];
}>;


export type ConsoleResetMemberPasswordMutation = { __typename?: 'Mutation', resetServiceTeamMemberPassword: boolean };

export type ConsoleRemoveTeamMemberMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  staffId: Scalars['ID']['input'];
}>;


export type ConsoleRemoveTeamMemberMutation = { __typename?: 'Mutation', removeServiceTeamMember: { __typename?: 'ServiceTeam', id: string, memberCount: number } };

export type ConsoleOrderRowFragment = { __typename?: 'WorkOrder', id: string, trackingCode: string, status: WorkOrderStatus, dueAt?: string | null, overdue: boolean, dueSoon: boolean, followUp: boolean, reportedAt: string, respondBy: string, resolveBy: string, reporterCount: number, urgeCount: number, reworkCount: number, ratingSpeed?: number | null, ratingQuality?: number | null, note?: string | null, reason?: string | null, contactPhone?: string | null, ratingComment?: string | null, allowedActions: Array<WorkOrderAction>, item: { __typename?: 'ServiceItem', code: string, name: string }, building?: { __typename?: 'Building', id: string, name: string } | null, team?: { __typename?: 'ServiceTeam', id: string, name: string } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', at: string, kind: WorkOrderEventKind, note?: string | null, by?: string | null }> } & { ' $fragmentName'?: 'ConsoleOrderRowFragment' };

export type ConsoleWorkOrdersQueryVariables = Exact<{
  filter?: InputMaybe<WorkOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleWorkOrdersQuery = { __typename?: 'Query', workOrders: { __typename?: 'WorkOrderConnection', totalCount: number, edges: Array<{ __typename?: 'WorkOrderEdge', node: (
        { __typename?: 'WorkOrder', id: string }
        & { ' $fragmentRefs'?: { 'ConsoleOrderRowFragment': ConsoleOrderRowFragment } }
      ) }> } };

export type ConsoleWorkOrdersLiveSubscriptionVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type ConsoleWorkOrdersLiveSubscription = { __typename?: 'Subscription', workOrderUpdated: (
    { __typename?: 'WorkOrder' }
    & { ' $fragmentRefs'?: { 'ConsoleOrderRowFragment': ConsoleOrderRowFragment;'OrderPlacementFragment': OrderPlacementFragment } }
  ) };

export type ConsoleConventionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleConventionsQuery = { __typename?: 'Query', conventions: Array<{ __typename?: 'Convention', id: string, title: string, stage: ConventionStage, allowedActions: Array<ConventionAction>, version: number, inForceVersion?: number | null, consultationClosesAt?: string | null, communities: Array<{ __typename?: 'Community', id: string, name: string }>, vote?: { __typename?: 'Vote', id: string, status: VoteStatus } | null, articles: Array<{ __typename?: 'ConventionArticle', id: string, number: number, text: string, comments: Array<{ __typename?: 'ArticleComment', id: string }>, amendments: Array<{ __typename?: 'Amendment', id: string, text: string, reason?: string | null, state: AmendmentState, support: number }> }> }> };

export type ConsoleDraftConventionMutationVariables = Exact<{
  input: DraftConventionInput;
}>;


export type ConsoleDraftConventionMutation = { __typename?: 'Mutation', draftConvention: { __typename?: 'Convention', id: string } };

export type ConsoleOpenConsultationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  closesAt: Scalars['DateTime']['input'];
}>;


export type ConsoleOpenConsultationMutation = { __typename?: 'Mutation', openConsultation: { __typename?: 'Convention', id: string, stage: ConventionStage, consultationClosesAt?: string | null } };

export type ConsoleDecideAmendmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
}>;


export type ConsoleDecideAmendmentMutation = { __typename?: 'Mutation', decideAmendment: { __typename?: 'Amendment', id: string, state: AmendmentState } };

export type ConsolePublishConventionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsolePublishConventionMutation = { __typename?: 'Mutation', publishConventionVersion: { __typename?: 'Convention', id: string, version: number } };

export type ConsoleConventionToVoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  closesAt: Scalars['DateTime']['input'];
}>;


export type ConsoleConventionToVoteMutation = { __typename?: 'Mutation', putConventionToVote: { __typename?: 'Convention', id: string, stage: ConventionStage } };

export type GridImportColumnsQueryVariables = Exact<{ [key: string]: never; }>;


export type GridImportColumnsQuery = { __typename?: 'Query', gridImportColumns: Array<string> };

export type ConsoleGridQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type ConsoleGridQuery = { __typename?: 'Query', grid: Array<{ __typename?: 'GridPost', id: string, role: GridRole, name: string, area?: string | null, phone?: string | null, building?: { __typename?: 'Building', id: string, name: string } | null, parent?: { __typename?: 'GridPost', id: string, name: string } | null }> };

export type ConsoleSetGridPostMutationVariables = Exact<{
  input: GridPostInput;
}>;


export type ConsoleSetGridPostMutation = { __typename?: 'Mutation', setGridPost: { __typename?: 'GridPost', id: string } };

export type ConsoleImportGridMutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type ConsoleImportGridMutation = { __typename?: 'Mutation', importGridPosts: { __typename?: 'ImportReport', created: number, updated: number, errors: Array<{ __typename?: 'ImportError', line: number, message: string }> } };

export type ConsoleJointQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleJointQuery = { __typename?: 'Query', jointUnits: Array<{ __typename?: 'JointUnit', id: string, name: string, kind: JointUnitKind }>, jointMeetings: Array<{ __typename?: 'JointMeeting', id: string, quarter: string, heldAt: string, attendees: Array<{ __typename?: 'JointUnit', id: string, name: string }> }>, jointProblems: Array<{ __typename?: 'JointProblem', id: string, title: string, status: JointProblemStatus, dueBy: string, carriedOver: number, solvedAt?: string | null, leadUnit: { __typename?: 'JointUnit', id: string, name: string }, partners: Array<{ __typename?: 'JointUnit', id: string, name: string }>, raisedAt: { __typename?: 'JointMeeting', id: string, quarter: string } }>, jointUnitFigures: Array<{ __typename?: 'JointUnitFigures', raised: number, solved: number, solvedOnTime: number, unit: { __typename?: 'JointUnit', id: string, name: string } }> };

export type ConsoleAddJointUnitMutationVariables = Exact<{
  name: Scalars['String']['input'];
  kind: JointUnitKind;
}>;


export type ConsoleAddJointUnitMutation = { __typename?: 'Mutation', addJointUnit: { __typename?: 'JointUnit', id: string } };

export type ConsoleRecordJointMeetingMutationVariables = Exact<{
  quarter: Scalars['String']['input'];
  heldAt: Scalars['DateTime']['input'];
  attendeeIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  minutes?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleRecordJointMeetingMutation = { __typename?: 'Mutation', recordJointMeeting: { __typename?: 'JointMeeting', id: string } };

export type ConsoleAddJointProblemMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  leadUnitId: Scalars['ID']['input'];
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  dueBy: Scalars['DateTime']['input'];
}>;


export type ConsoleAddJointProblemMutation = { __typename?: 'Mutation', addJointProblem: { __typename?: 'JointProblem', id: string } };

export type ConsoleSolveJointProblemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type ConsoleSolveJointProblemMutation = { __typename?: 'Mutation', solveJointProblem: { __typename?: 'JointProblem', id: string, status: JointProblemStatus } };

export type KioskPropertyCompaniesQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type KioskPropertyCompaniesQuery = { __typename?: 'Query', months: Array<string>, quarters: Array<string>, years: Array<string>, propertyCompanies: Array<{ __typename?: 'PropertyCompany', id: string, name: string, estates: Array<{ __typename?: 'Estate', id: string, name: string }> }> };

export type KioskScorecardsQueryVariables = Exact<{
  kind: EvaluationPeriodKind;
  period: Scalars['String']['input'];
}>;


export type KioskScorecardsQuery = { __typename?: 'Query', scorecards: Array<(
    { __typename?: 'Scorecard', total: number, gradeName: string, company: { __typename?: 'PropertyCompany', id: string, name: string } }
    & { ' $fragmentRefs'?: { 'KioskScorecardFragment': KioskScorecardFragment } }
  )> };

export type KioskMyPropertyRatingQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskMyPropertyRatingQuery = { __typename?: 'Query', myEstate?: { __typename?: 'Estate', name: string, propertyCompany?: string | null } | null, myPropertyRating?: { __typename?: 'MyPropertyRating', month: string, scores: Array<{ __typename?: 'StarsAnswer', code: string, points: number }> } | null };

export type KioskRatePropertyMutationVariables = Exact<{
  scores: Array<IndicatorPointsInput> | IndicatorPointsInput;
}>;


export type KioskRatePropertyMutation = { __typename?: 'Mutation', rateProperty: { __typename?: 'Scorecard', period: string, total: number } };

export type KioskComplainMutationVariables = Exact<{
  topic: ComplaintTopic;
}>;


export type KioskComplainMutation = { __typename?: 'Mutation', complainAboutProperty: { __typename?: 'PropertyComplaint', id: string } };

export type KioskScorecardFragment = { __typename?: 'Scorecard', kind: EvaluationPeriodKind, period: string, total: number, grade: string, gradeName: string, consequence: string, feeFloat: string, renewalWarning: boolean, rank: number, final: boolean, residentRatings: number, company: { __typename?: 'PropertyCompany', id: string, name: string }, dimensions: Array<{ __typename?: 'DimensionScore', code: string, name: string, weight: number, points: number, indicators: Array<{ __typename?: 'IndicatorScore', code: string, name: string, weight: number, points: number, basis: string, scored: boolean }> }> } & { ' $fragmentName'?: 'KioskScorecardFragment' };

export type KioskEvaluationStandardQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskEvaluationStandardQuery = { __typename?: 'Query', evaluationStandard: { __typename?: 'EvaluationStandard', version: number, title: string, dimensions: Array<{ __typename?: 'EvaluationDimension', code: string, name: string, weight: number, indicators: Array<{ __typename?: 'EvaluationIndicator', code: string, name: string, weight: number, source: IndicatorSource, method: string, question?: string | null }> }>, grades: Array<{ __typename?: 'EvaluationGrade', grade: string, name: string, min: number, consequence: string, feeFloat: string, renewalWarning: boolean }> } };

export type KioskPropertyTrendQueryVariables = Exact<{
  companyId: Scalars['ID']['input'];
}>;


export type KioskPropertyTrendQuery = { __typename?: 'Query', propertyTrend: Array<{ __typename?: 'PropertyMonth', month: string, complaints: number, satisfaction?: number | null, feeRate?: number | null }> };

export type PhoneRaiseDraftQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type PhoneRaiseDraftQuery = { __typename?: 'Query', raiseDraft: { __typename?: 'RaiseDraft', code: string, pavilionId: string, category: MatterCategory, problemId?: string | null, buildingId?: string | null, unitId?: string | null, place?: string | null, title?: string | null, description?: string | null, sent: boolean }, commonProblems: Array<{ __typename?: 'CommonProblem', id: string, title: string, titleEn: string }> };

export type PhoneRaiseMutationVariables = Exact<{
  input: RaiseMatterInput;
}>;


export type PhoneRaiseMutation = { __typename?: 'Mutation', raiseMatter: { __typename?: 'Matter', id: string, trackingCode: string } };

export type KioskSaveRaiseDraftMutationVariables = Exact<{
  input: RaiseChoiceInput;
}>;


export type KioskSaveRaiseDraftMutation = { __typename?: 'Mutation', saveRaiseDraft: { __typename?: 'RaiseDraft', code: string } };

export type KioskPlacesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KioskPlacesQuery = { __typename?: 'Query', pavilion?: { __typename?: 'Pavilion', id: string, estate?: { __typename?: 'Estate', id: string } | null, community: { __typename?: 'Community', id: string, estates: Array<{ __typename?: 'Estate', id: string, name: string, buildings: Array<{ __typename?: 'Building', id: string, name: string, units: Array<{ __typename?: 'Unit', id: string, name: string }> }> }> } } | null };

export type KioskCommonProblemsQueryVariables = Exact<{
  category: MatterCategory;
}>;


export type KioskCommonProblemsQuery = { __typename?: 'Query', commonProblems: Array<{ __typename?: 'CommonProblem', id: string, title: string, titleEn: string, general: boolean }> };

export type KioskRaiseMutationVariables = Exact<{
  input: RaiseMatterInput;
}>;


export type KioskRaiseMutation = { __typename?: 'Mutation', raiseMatter: { __typename?: 'Matter', id: string, trackingCode: string } };

export type KioskServiceCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskServiceCatalogueQuery = { __typename?: 'Query', serviceCatalogue: Array<{ __typename?: 'ServiceCategory', code: string, name: string, items: Array<{ __typename?: 'ServiceItem', code: string, name: string, standard: string, respondMinutes: number, resolveMinutes: number, paid: boolean }> }> };

export type KioskReportRepairMutationVariables = Exact<{
  input: ReportRepairInput;
}>;


export type KioskReportRepairMutation = { __typename?: 'Mutation', reportRepair: { __typename?: 'WorkOrder', id: string, trackingCode: string, reporterCount: number } };

export type KioskServiceLevelsQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type KioskServiceLevelsQuery = { __typename?: 'Query', serviceLevels: { __typename?: 'ServiceLevels', orders: number, medianRespondMinutes?: number | null, onTimeRespondRate?: number | null, averageRating?: number | null } };

export type TeamMeQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamMeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', displayName: string, role: Role, teams: Array<{ __typename?: 'ServiceTeam', id: string, name: string }> } | null };

export type TeamAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TeamAcknowledgeMutation = { __typename?: 'Mutation', acknowledgeWorkOrder: (
    { __typename?: 'WorkOrder' }
    & { ' $fragmentRefs'?: { 'TeamOrderFragment': TeamOrderFragment } }
  ) };

export type TeamNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type TeamNoteMutation = { __typename?: 'Mutation', noteWorkOrder: (
    { __typename?: 'WorkOrder' }
    & { ' $fragmentRefs'?: { 'TeamOrderFragment': TeamOrderFragment } }
  ) };

export type TeamFinishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type TeamFinishMutation = { __typename?: 'Mutation', finishWorkOrder: (
    { __typename?: 'WorkOrder' }
    & { ' $fragmentRefs'?: { 'TeamOrderFragment': TeamOrderFragment } }
  ) };

export type WorkOrderDetailsFragment = { __typename?: 'WorkOrder', id: string, trackingCode: string, status: WorkOrderStatus, note?: string | null, reason?: string | null, reportedAt: string, respondBy: string, resolveBy: string, acknowledgedAt?: string | null, doneAt?: string | null, overdue: boolean, reporterCount: number, urgeCount: number, reworkCount: number, ratingSpeed?: number | null, ratingQuality?: number | null, allowedActions: Array<WorkOrderAction>, item: { __typename?: 'ServiceItem', code: string, name: string, standard: string, respondMinutes: number, resolveMinutes: number }, building?: { __typename?: 'Building', id: string, name: string } | null, team?: { __typename?: 'ServiceTeam', id: string, name: string } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', at: string, kind: WorkOrderEventKind, note?: string | null, by?: string | null }> } & { ' $fragmentName'?: 'WorkOrderDetailsFragment' };

export type WorkOrderByCodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type WorkOrderByCodeQuery = { __typename?: 'Query', workOrderByTrackingCode?: (
    { __typename?: 'WorkOrder', id: string }
    & { ' $fragmentRefs'?: { 'WorkOrderDetailsFragment': WorkOrderDetailsFragment } }
  ) | null };

export type WorkOrderLiveSubscriptionVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type WorkOrderLiveSubscription = { __typename?: 'Subscription', workOrderUpdated: (
    { __typename?: 'WorkOrder', id: string }
    & { ' $fragmentRefs'?: { 'WorkOrderDetailsFragment': WorkOrderDetailsFragment } }
  ) };

export type UrgeWorkOrderMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type UrgeWorkOrderMutation = { __typename?: 'Mutation', urgeWorkOrder: (
    { __typename?: 'WorkOrder', id: string }
    & { ' $fragmentRefs'?: { 'WorkOrderDetailsFragment': WorkOrderDetailsFragment } }
  ) };

export type ReopenWorkOrderMutationVariables = Exact<{
  code: Scalars['String']['input'];
  note: Scalars['String']['input'];
}>;


export type ReopenWorkOrderMutation = { __typename?: 'Mutation', reopenWorkOrder: (
    { __typename?: 'WorkOrder', id: string }
    & { ' $fragmentRefs'?: { 'WorkOrderDetailsFragment': WorkOrderDetailsFragment } }
  ) };

export type RateWorkOrderMutationVariables = Exact<{
  code: Scalars['String']['input'];
  speed: Scalars['Int']['input'];
  quality: Scalars['Int']['input'];
}>;


export type RateWorkOrderMutation = { __typename?: 'Mutation', rateWorkOrder: (
    { __typename?: 'WorkOrder', id: string }
    & { ' $fragmentRefs'?: { 'WorkOrderDetailsFragment': WorkOrderDetailsFragment } }
  ) };

export type OrderPlacementFragment = { __typename?: 'WorkOrder', id: string, status: WorkOrderStatus, dueAt?: string | null, trackingCode: string, overdue: boolean, followUp: boolean, community: { __typename?: 'Community', id: string }, team?: { __typename?: 'ServiceTeam', id: string } | null } & { ' $fragmentName'?: 'OrderPlacementFragment' };

export type TeamOrderListQueryVariables = Exact<{
  filter?: InputMaybe<WorkOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TeamOrderListQuery = { __typename?: 'Query', workOrders: { __typename?: 'WorkOrderConnection', totalCount: number, edges: Array<{ __typename?: 'WorkOrderEdge', node: (
        { __typename?: 'WorkOrder', id: string }
        & { ' $fragmentRefs'?: { 'TeamOrderFragment': TeamOrderFragment } }
      ) }> } };

export type TeamOrderFragment = { __typename?: 'WorkOrder', id: string, trackingCode: string, status: WorkOrderStatus, dueAt?: string | null, note?: string | null, overdue: boolean, dueSoon: boolean, reportedAt: string, respondBy: string, resolveBy: string, contactPhone?: string | null, reporterCount: number, urgeCount: number, allowedActions: Array<WorkOrderAction>, item: { __typename?: 'ServiceItem', code: string, name: string, standard: string }, building?: { __typename?: 'Building', id: string, name: string } | null, team?: { __typename?: 'ServiceTeam', id: string } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', at: string, kind: WorkOrderEventKind, note?: string | null }> } & { ' $fragmentName'?: 'TeamOrderFragment' };

export type TeamOrderLiveSubscriptionVariables = Exact<{
  teamId: Scalars['ID']['input'];
}>;


export type TeamOrderLiveSubscription = { __typename?: 'Subscription', workOrderUpdated: (
    { __typename?: 'WorkOrder' }
    & { ' $fragmentRefs'?: { 'TeamOrderFragment': TeamOrderFragment;'OrderPlacementFragment': OrderPlacementFragment } }
  ) };

export type KioskGridQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type KioskGridQuery = { __typename?: 'Query', grid: Array<{ __typename?: 'GridPost', id: string, role: GridRole, name: string, area?: string | null, building?: { __typename?: 'Building', id: string, name: string } | null, parent?: { __typename?: 'GridPost', id: string } | null }> };

export type KioskBreachCountsQueryVariables = Exact<{
  conventionId: Scalars['ID']['input'];
}>;


export type KioskBreachCountsQuery = { __typename?: 'Query', breachCounts: Array<{ __typename?: 'BreachCount', articleNumber: number, month: string, count: number }> };

export type KioskConventionsQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type KioskConventionsQuery = { __typename?: 'Query', conventions: Array<{ __typename?: 'Convention', id: string, title: string, stage: ConventionStage, version: number, inForceVersion?: number | null, consultationClosesAt?: string | null, vote?: { __typename?: 'Vote', id: string, status: VoteStatus } | null, articles: Array<{ __typename?: 'ConventionArticle', id: string, number: number, text: string, comments: Array<{ __typename?: 'ArticleComment', id: string, text: string }>, amendments: Array<{ __typename?: 'Amendment', id: string, text: string, reason?: string | null, state: AmendmentState, support: number, supportedByMe: boolean }> }>, versions: Array<{ __typename?: 'ConventionVersion', version: number, publishedAt: string, changes: Array<{ __typename?: 'ArticleChange', number: number, before?: string | null, after?: string | null }> }> }> };

export type KioskCommentArticleMutationVariables = Exact<{
  articleId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type KioskCommentArticleMutation = { __typename?: 'Mutation', commentArticle: { __typename?: 'ConventionArticle', id: string } };

export type KioskProposeAmendmentMutationVariables = Exact<{
  articleId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type KioskProposeAmendmentMutation = { __typename?: 'Mutation', proposeAmendment: { __typename?: 'Amendment', id: string } };

export type KioskSupportAmendmentMutationVariables = Exact<{
  amendmentId: Scalars['ID']['input'];
}>;


export type KioskSupportAmendmentMutation = { __typename?: 'Mutation', supportAmendment: { __typename?: 'Amendment', id: string, support: number, supportedByMe: boolean } };

export type KioskJointProblemsQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskJointProblemsQuery = { __typename?: 'Query', jointProblems: Array<{ __typename?: 'JointProblem', id: string, title: string, status: JointProblemStatus, dueBy: string, carriedOver: number, solvedAt?: string | null, leadUnit: { __typename?: 'JointUnit', id: string, name: string }, raisedAt: { __typename?: 'JointMeeting', id: string, quarter: string } }> };

export type PatrolMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PatrolMeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', displayName: string, role: Role, teams: Array<{ __typename?: 'ServiceTeam', id: string, name: string, community: { __typename?: 'Community', id: string, name: string, estates: Array<{ __typename?: 'Estate', id: string, name: string, buildings: Array<{ __typename?: 'Building', id: string, name: string }> }> } }> } | null };

export type PatrolConventionsQueryVariables = Exact<{
  communityId: Scalars['ID']['input'];
}>;


export type PatrolConventionsQuery = { __typename?: 'Query', conventions: Array<{ __typename?: 'Convention', id: string, title: string, inForceVersion?: number | null, articles: Array<{ __typename?: 'ConventionArticle', id: string, number: number, text: string }> }> };

export type PatrolRecordBreachMutationVariables = Exact<{
  input: RecordBreachInput;
}>;


export type PatrolRecordBreachMutation = { __typename?: 'Mutation', recordBreach: { __typename?: 'Breach', id: string, article: { __typename?: 'ConventionArticle', number: number } } };

export const MatterVoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<MatterVoteFragment, unknown>;
export const MatterDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"secondCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"pavilion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterVote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<MatterDetailsFragment, unknown>;
export const BoardVoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]} as unknown as DocumentNode<BoardVoteFragment, unknown>;
export const BoardCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"secondCount"}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardVote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]} as unknown as DocumentNode<BoardCardFragment, unknown>;
export const ConsoleOrderRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratingSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"ratingQuality"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<ConsoleOrderRowFragment, unknown>;
export const KioskScorecardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskScorecard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeName"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"feeFloat"}},{"kind":"Field","name":{"kind":"Name","value":"renewalWarning"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"residentRatings"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}}]}}]}}]}}]} as unknown as DocumentNode<KioskScorecardFragment, unknown>;
export const WorkOrderDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratingSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"ratingQuality"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"respondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolveMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<WorkOrderDetailsFragment, unknown>;
export const OrderPlacementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderPlacementFragment, unknown>;
export const TeamOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<TeamOrderFragment, unknown>;
export const KioskPavilionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskPavilion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pavilion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<KioskPavilionQuery, KioskPavilionQueryVariables>;
export const MatterPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterByTrackingCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"secondCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"pavilion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterVote"}}]}}]}}]} as unknown as DocumentNode<MatterPageQuery, MatterPageQueryVariables>;
export const MatterPageUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MatterPageUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pavilionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pavilionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pavilionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCard"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"secondCount"}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardVote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"secondCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"pavilion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterVote"}}]}}]}}]} as unknown as DocumentNode<MatterPageUpdatesSubscription, MatterPageUpdatesSubscriptionVariables>;
export const MatterPageVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MatterPageVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"voteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterVote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<MatterPageVoteSubscription, MatterPageVoteSubscriptionVariables>;
export const KioskSecondDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskSecond"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secondCount"}}]}}]}}]} as unknown as DocumentNode<KioskSecondMutation, KioskSecondMutationVariables>;
export const KioskEndSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskEndSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<KioskEndSessionMutation, KioskEndSessionMutationVariables>;
export const RateMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stars"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"stars"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stars"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<RateMatterMutation, RateMatterMutationVariables>;
export const KioskPavilionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskPavilions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pavilions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<KioskPavilionsQuery, KioskPavilionsQueryVariables>;
export const PhoneLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhoneLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<PhoneLoginMutation, PhoneLoginMutationVariables>;
export const ResidentBarMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentBarMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ResidentBarMeQuery, ResidentBarMeQueryVariables>;
export const ResidentSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResidentSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<ResidentSignOutMutation, ResidentSignOutMutationVariables>;
export const KioskResidentLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskResidentLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"homeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"homeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"homeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"pin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<KioskResidentLoginMutation, KioskResidentLoginMutationVariables>;
export const TrackLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterByTrackingCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workOrderByTrackingCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TrackLookupQuery, TrackLookupQueryVariables>;
export const KioskMyVotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskMyVotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myVotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"myBallotCast"}},{"kind":"Field","name":{"kind":"Name","value":"myCostShareFen"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KioskMyVotesQuery, KioskMyVotesQueryVariables>;
export const KioskCastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskCast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"choice"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BallotChoice"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"voteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"choice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"choice"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"castAt"}}]}}]}}]} as unknown as DocumentNode<KioskCastMutation, KioskCastMutationVariables>;
export const KioskBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"ON_AGENDA"},{"kind":"EnumValue","value":"VOTING"},{"kind":"EnumValue","value":"IN_EXECUTION"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCard"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"done"},"name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"step"},"value":{"kind":"EnumValue","value":"DONE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCard"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"triage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medianMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"secondCount"}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardVote"}}]}}]}}]} as unknown as DocumentNode<KioskBoardQuery, KioskBoardQueryVariables>;
export const KioskBoardUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"KioskBoardUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"secondCount"}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardVote"}}]}}]}}]} as unknown as DocumentNode<KioskBoardUpdatesSubscription, KioskBoardUpdatesSubscriptionVariables>;
export const KioskBoardVotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"KioskBoardVotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardVote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]} as unknown as DocumentNode<KioskBoardVotesSubscription, KioskBoardVotesSubscriptionVariables>;
export const BallotCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BallotCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receipt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"receipt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receipt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"voteStatus"}}]}}]}}]} as unknown as DocumentNode<BallotCheckQuery, BallotCheckQueryVariables>;
export const KioskCodeRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskCodeRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alphabet"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCodeLength"}},{"kind":"Field","name":{"kind":"Name","value":"receiptLength"}}]}}]}}]} as unknown as DocumentNode<KioskCodeRulesQuery, KioskCodeRulesQueryVariables>;
export const ConsoleOnAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOnAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ON_AGENDA"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pavilion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOnAgendaQuery, ConsoleOnAgendaQueryVariables>;
export const ConsoleAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditQuery, ConsoleAuditQueryVariables>;
export const ConsoleAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sound"}},{"kind":"Field","name":{"kind":"Name","value":"soundRows"}},{"kind":"Field","name":{"kind":"Name","value":"brokenAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditChainQuery, ConsoleAuditChainQueryVariables>;
export const ConsoleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<ConsoleSignOutMutation, ConsoleSignOutMutationVariables>;
export const ConsoleMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"estates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"pavilion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pavilions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMeetingsQuery, ConsoleMeetingsQueryVariables>;
export const ConsoleScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleScheduleMutation, ConsoleScheduleMutationVariables>;
export const ConsoleMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleMinutesMutation, ConsoleMinutesMutationVariables>;
export const ConsoleOpenVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOpenVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleOpenVoteMutation, ConsoleOpenVoteMutationVariables>;
export const ConsoleCostShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCostShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostShareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calculateCostShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"netCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeId"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"coefficientPermille"}},{"kind":"Field","name":{"kind":"Name","value":"shareFen"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCostShareMutation, ConsoleCostShareMutationVariables>;
export const ConsoleElectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleElectors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"electors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleElectorsQuery, ConsoleElectorsQueryVariables>;
export const ConsolePaperBallotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePaperBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"homeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"choice"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BallotChoice"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPaperBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"voteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"homeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"homeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"choice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"choice"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"}}]}}]}}]} as unknown as DocumentNode<ConsolePaperBallotMutation, ConsolePaperBallotMutationVariables>;
export const ConsoleEstateTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEstateTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEstateTreeQuery, ConsoleEstateTreeQueryVariables>;
export const ConsoleMonthStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMonthStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"triage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medianMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMonthStatsQuery, ConsoleMonthStatsQueryVariables>;
export const ConsoleVotingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVoting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"VOTING"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingAreaM2"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleVotingQuery, ConsoleVotingQueryVariables>;
export const ConsoleVoteLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleVoteLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"voteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingAreaM2"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleVoteLiveSubscription, ConsoleVoteLiveSubscriptionVariables>;
export const ConsoleCloseVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCloseVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"voteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleCloseVoteMutation, ConsoleCloseVoteMutationVariables>;
export const ConsoleNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleNoticesQuery, ConsoleNoticesQueryVariables>;
export const ConsoleWorkbenchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWorkbench"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"toTriage"},"name":{"kind":"Name","value":"staffMatters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lateTriage"},"name":{"kind":"Name","value":"staffMatters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"onAgenda"},"name":{"kind":"Name","value":"staffMatters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ON_AGENDA"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"voting"},"name":{"kind":"Name","value":"staffMatters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"VOTING"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"followUps"},"name":{"kind":"Name","value":"staffMatters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"followUp"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toDispatch"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPORTED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lateOrders"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPORTED"},{"kind":"EnumValue","value":"DISPATCHED"},{"kind":"EnumValue","value":"ACKNOWLEDGED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toCheck"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AWAITING_CHECK"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"orderFollowUps"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"followUp"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"closedMonths"},"name":{"kind":"Name","value":"closedEvaluationPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MONTH"}}]}]}}]} as unknown as DocumentNode<ConsoleWorkbenchQuery, ConsoleWorkbenchQueryVariables>;
export const ConsoleClosedPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClosedPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"months"},"name":{"kind":"Name","value":"closedEvaluationPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MONTH"}}]},{"kind":"Field","alias":{"kind":"Name","value":"quarters"},"name":{"kind":"Name","value":"closedEvaluationPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"QUARTER"}}]},{"kind":"Field","alias":{"kind":"Name","value":"years"},"name":{"kind":"Name","value":"closedEvaluationPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"YEAR"}}]}]}}]} as unknown as DocumentNode<ConsoleClosedPeriodsQuery, ConsoleClosedPeriodsQueryVariables>;
export const ConsoleClosePeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleClosePeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationPeriodKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeEvaluationPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"gradeName"}},{"kind":"Field","name":{"kind":"Name","value":"renewalWarning"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClosePeriodMutation, ConsoleClosePeriodMutationVariables>;
export const ConsoleScorecardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleScorecards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationPeriodKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeName"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"renewalWarning"}},{"kind":"Field","name":{"kind":"Name","value":"residentRatings"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"estates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleScorecardsQuery, ConsoleScorecardsQueryVariables>;
export const ConsoleOpenPropertyReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOpenPropertyReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"estateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationPeriodKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPropertyReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"estateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"estateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}}]}}]}}]} as unknown as DocumentNode<ConsoleOpenPropertyReviewMutation, ConsoleOpenPropertyReviewMutationVariables>;
export const EvaluationImportColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationImportColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thirdPartyImportColumns"}},{"kind":"Field","name":{"kind":"Name","value":"feeImportColumns"}}]}}]} as unknown as DocumentNode<EvaluationImportColumnsQuery, EvaluationImportColumnsQueryVariables>;
export const ConsoleImportThirdPartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportThirdParty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importThirdPartyScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportThirdPartyMutation, ConsoleImportThirdPartyMutationVariables>;
export const ConsoleImportFeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportFees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importFeeCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportFeesMutation, ConsoleImportFeesMutationVariables>;
export const ConsoleInspectionSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInspectionSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propertyCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleInspectionSetupQuery, ConsoleInspectionSetupQueryVariables>;
export const ConsoleRecordInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorPointsInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"gradeName"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordInspectionMutation, ConsoleRecordInspectionMutationVariables>;
export const ConsoleEvaluationStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEvaluationStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"feeFloat"}},{"kind":"Field","name":{"kind":"Name","value":"renewalWarning"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEvaluationStandardQuery, ConsoleEvaluationStandardQueryVariables>;
export const ConsolePublishStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePublishStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvaluationStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsolePublishStandardMutation, ConsolePublishStandardMutationVariables>;
export const ConsoleTriageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTriage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleTriageMutation, ConsoleTriageMutationVariables>;
export const ConsoleFindByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFindByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterByTrackingCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleFindByCodeQuery, ConsoleFindByCodeQueryVariables>;
export const ConsoleMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"intoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intoId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleMergeMutation, ConsoleMergeMutationVariables>;
export const ConsoleMatterResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMatterResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionOutcome"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"summary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summary"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleMatterResolveMutation, ConsoleMatterResolveMutationVariables>;
export const ConsoleReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"percent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"percent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"percent"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleReportMutation, ConsoleReportMutationVariables>;
export const ConsoleCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleCompleteMutation, ConsoleCompleteMutationVariables>;
export const ConsoleResolveFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleResolveFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleResolveFollowUpMutation, ConsoleResolveFollowUpMutationVariables>;
export const ConsoleMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"secondCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"pavilion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleOwners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOwners"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"participatingAreaM2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costSharePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"netCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"calculatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeId"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"shareFen"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMatterQuery, ConsoleMatterQueryVariables>;
export const ConsoleMatterUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleMatterUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"secondCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMatterUpdatesSubscription, ConsoleMatterUpdatesSubscriptionVariables>;
export const ConsoleMatterWorkOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMatterWorkOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMatterWorkOrdersQuery, ConsoleMatterWorkOrdersQueryVariables>;
export const ConsoleCreateWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateWorkOrderMutation, ConsoleCreateWorkOrderMutationVariables>;
export const ConsoleMattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMatters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMatterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMatters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secondCount"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMattersQuery, ConsoleMattersQueryVariables>;
export const ConsoleIssueCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleIssueCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"homeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueHomeCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"homeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"homeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCode"}},{"kind":"Field","name":{"kind":"Name","value":"pin"}}]}}]}}]} as unknown as DocumentNode<ConsoleIssueCredentialMutation, ConsoleIssueCredentialMutationVariables>;
export const ConsoleImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importHomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportMutation, ConsoleImportMutationVariables>;
export const ConsoleImportColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleImportColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeImportColumns"}}]}}]} as unknown as DocumentNode<ConsoleImportColumnsQuery, ConsoleImportColumnsQueryVariables>;
export const ConsoleEstateHomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEstateHomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"propertyCompany"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"homes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}},{"kind":"Field","name":{"kind":"Name","value":"credentialIssuedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEstateHomesQuery, ConsoleEstateHomesQueryVariables>;
export const ConsoleServiceCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleServiceCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"respondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"teamKind"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleServiceCatalogueQuery, ConsoleServiceCatalogueQueryVariables>;
export const ConsoleUpdateServiceItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateServiceItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"change"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceItemChange"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"change"},"value":{"kind":"Variable","name":{"kind":"Name","value":"change"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateServiceItemMutation, ConsoleUpdateServiceItemMutationVariables>;
export const ConsoleServiceLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleServiceLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"medianRespondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"p90RespondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"respondCounted"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRespondRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolveCounted"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeResolveRate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"reworked"}},{"kind":"Field","name":{"kind":"Name","value":"reworkRate"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceTeamLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"medianRespondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRespondRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleServiceLevelsQuery, ConsoleServiceLevelsQueryVariables>;
export const ConsoleNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<ConsoleNotificationsQuery, ConsoleNotificationsQueryVariables>;
export const ConsoleRetryNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRetryNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<ConsoleRetryNotificationMutation, ConsoleRetryNotificationMutationVariables>;
export const ConsoleServiceTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleServiceTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"onDuty"}}]}}]}}]} as unknown as DocumentNode<ConsoleServiceTeamsQuery, ConsoleServiceTeamsQueryVariables>;
export const ConsoleDispatchOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDispatchOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleDispatchOrderMutation, ConsoleDispatchOrderMutationVariables>;
export const ConsoleCheckOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCheckOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accepted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleCheckOrderMutation, ConsoleCheckOrderMutationVariables>;
export const ConsoleLedgerOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLedgerOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putWorkOrderOnLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleLedgerOrderMutation, ConsoleLedgerOrderMutationVariables>;
export const ConsoleOrderToBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOrderToBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendWorkOrderToBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOrderToBranchMutation, ConsoleOrderToBranchMutationVariables>;
export const ConsoleCancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleCancelOrderMutation, ConsoleCancelOrderMutationVariables>;
export const ConsoleNoteOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleNoteOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleNoteOrderMutation, ConsoleNoteOrderMutationVariables>;
export const ConsoleOrderFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOrderFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveWorkOrderFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]} as unknown as DocumentNode<ConsoleOrderFollowUpMutation, ConsoleOrderFollowUpMutationVariables>;
export const ConsolePhoneReportDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePhoneReportData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pavilions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePhoneReportDataQuery, ConsolePhoneReportDataQueryVariables>;
export const ConsolePhoneReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePhoneReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRepairInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRepair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}}]}}]}}]} as unknown as DocumentNode<ConsolePhoneReportMutation, ConsolePhoneReportMutationVariables>;
export const ConsoleServiceItemChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleServiceItemChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleServiceItemChoicesQuery, ConsoleServiceItemChoicesQueryVariables>;
export const ConsoleServiceTeamsRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleServiceTeamsRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"onDuty"}}]}}]}}]} as unknown as DocumentNode<ConsoleServiceTeamsRosterQuery, ConsoleServiceTeamsRosterQueryVariables>;
export const ConsoleSetTeamRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetTeamRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekdays"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceTeamRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"weekdays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekdays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dutyWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"onDuty"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetTeamRosterMutation, ConsoleSetTeamRosterMutationVariables>;
export const ConsoleCreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewServiceTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateTeamMutation, ConsoleCreateTeamMutationVariables>;
export const ConsoleAddTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewServiceTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addServiceTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<ConsoleAddTeamMemberMutation, ConsoleAddTeamMemberMutationVariables>;
export const ConsoleResetMemberPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleResetMemberPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetServiceTeamMemberPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ConsoleResetMemberPasswordMutation, ConsoleResetMemberPasswordMutationVariables>;
export const ConsoleRemoveTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeServiceTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveTeamMemberMutation, ConsoleRemoveTeamMemberMutationVariables>;
export const ConsoleWorkOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWorkOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DEADLINE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOrderRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratingSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"ratingQuality"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<ConsoleWorkOrdersQuery, ConsoleWorkOrdersQueryVariables>;
export const ConsoleWorkOrdersLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleWorkOrdersLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOrderRow"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderPlacement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratingSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"ratingQuality"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleWorkOrdersLiveSubscription, ConsoleWorkOrdersLiveSubscriptionVariables>;
export const ConsoleConventionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleConventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"inForceVersion"}},{"kind":"Field","name":{"kind":"Name","value":"consultationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleConventionsQuery, ConsoleConventionsQueryVariables>;
export const ConsoleDraftConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDraftConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftConventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftConvention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleDraftConventionMutation, ConsoleDraftConventionMutationVariables>;
export const ConsoleOpenConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOpenConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"closesAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"consultationClosesAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleOpenConsultationMutation, ConsoleOpenConsultationMutationVariables>;
export const ConsoleDecideAmendmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDecideAmendment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAmendment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"amendmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ConsoleDecideAmendmentMutation, ConsoleDecideAmendmentMutationVariables>;
export const ConsolePublishConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePublishConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishConventionVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsolePublishConventionMutation, ConsolePublishConventionMutationVariables>;
export const ConsoleConventionToVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleConventionToVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putConventionToVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"closesAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ConsoleConventionToVoteMutation, ConsoleConventionToVoteMutationVariables>;
export const GridImportColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridImportColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridImportColumns"}}]}}]} as unknown as DocumentNode<GridImportColumnsQuery, GridImportColumnsQueryVariables>;
export const ConsoleGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleGridQuery, ConsoleGridQueryVariables>;
export const ConsoleSetGridPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetGridPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGridPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetGridPostMutation, ConsoleSetGridPostMutationVariables>;
export const ConsoleImportGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importGridPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportGridMutation, ConsoleImportGridMutationVariables>;
export const ConsoleJointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleJoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"solvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointUnitFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"solvedOnTime"}}]}}]}}]} as unknown as DocumentNode<ConsoleJointQuery, ConsoleJointQueryVariables>;
export const ConsoleAddJointUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddJointUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JointUnitKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addJointUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleAddJointUnitMutation, ConsoleAddJointUnitMutationVariables>;
export const ConsoleRecordJointMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordJointMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"heldAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendeeIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJointMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"heldAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"heldAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendeeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendeeIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordJointMeetingMutation, ConsoleRecordJointMeetingMutationVariables>;
export const ConsoleAddJointProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddJointProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addJointProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"leadUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleAddJointProblemMutation, ConsoleAddJointProblemMutationVariables>;
export const ConsoleSolveJointProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSolveJointProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"solveJointProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"problemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleSolveJointProblemMutation, ConsoleSolveJointProblemMutationVariables>;
export const KioskPropertyCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskPropertyCompanies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propertyCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"estates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"months"},"name":{"kind":"Name","value":"closedEvaluationPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MONTH"}}]},{"kind":"Field","alias":{"kind":"Name","value":"quarters"},"name":{"kind":"Name","value":"closedEvaluationPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"QUARTER"}}]},{"kind":"Field","alias":{"kind":"Name","value":"years"},"name":{"kind":"Name","value":"closedEvaluationPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"YEAR"}}]}]}}]} as unknown as DocumentNode<KioskPropertyCompaniesQuery, KioskPropertyCompaniesQueryVariables>;
export const KioskScorecardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskScorecards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationPeriodKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"gradeName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskScorecard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskScorecard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeName"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"feeFloat"}},{"kind":"Field","name":{"kind":"Name","value":"renewalWarning"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"residentRatings"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}}]}}]}}]}}]} as unknown as DocumentNode<KioskScorecardsQuery, KioskScorecardsQueryVariables>;
export const KioskMyPropertyRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskMyPropertyRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEstate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"propertyCompany"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPropertyRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<KioskMyPropertyRatingQuery, KioskMyPropertyRatingQueryVariables>;
export const KioskRatePropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskRateProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorPointsInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateProperty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<KioskRatePropertyMutation, KioskRatePropertyMutationVariables>;
export const KioskComplainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskComplain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintTopic"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complainAboutProperty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KioskComplainMutation, KioskComplainMutationVariables>;
export const KioskEvaluationStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskEvaluationStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"feeFloat"}},{"kind":"Field","name":{"kind":"Name","value":"renewalWarning"}}]}}]}}]}}]} as unknown as DocumentNode<KioskEvaluationStandardQuery, KioskEvaluationStandardQueryVariables>;
export const KioskPropertyTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskPropertyTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propertyTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"feeRate"}}]}}]}}]} as unknown as DocumentNode<KioskPropertyTrendQuery, KioskPropertyTrendQueryVariables>;
export const PhoneRaiseDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneRaiseDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pavilionId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"problemId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commonProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<PhoneRaiseDraftQuery, PhoneRaiseDraftQueryVariables>;
export const PhoneRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhoneRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}}]}}]}}]} as unknown as DocumentNode<PhoneRaiseMutation, PhoneRaiseMutationVariables>;
export const KioskSaveRaiseDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskSaveRaiseDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseChoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRaiseDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<KioskSaveRaiseDraftMutation, KioskSaveRaiseDraftMutationVariables>;
export const KioskPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pavilion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"estate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"estates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KioskPlacesQuery, KioskPlacesQueryVariables>;
export const KioskCommonProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskCommonProblems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterCategory"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commonProblems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"general"}}]}}]}}]} as unknown as DocumentNode<KioskCommonProblemsQuery, KioskCommonProblemsQueryVariables>;
export const KioskRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}}]}}]}}]} as unknown as DocumentNode<KioskRaiseMutation, KioskRaiseMutationVariables>;
export const KioskServiceCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskServiceCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"respondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}}]}}]}}]} as unknown as DocumentNode<KioskServiceCatalogueQuery, KioskServiceCatalogueQueryVariables>;
export const KioskReportRepairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskReportRepair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRepairInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRepair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}}]}}]}}]} as unknown as DocumentNode<KioskReportRepairMutation, KioskReportRepairMutationVariables>;
export const KioskServiceLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskServiceLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"medianRespondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRespondRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}}]}}]} as unknown as DocumentNode<KioskServiceLevelsQuery, KioskServiceLevelsQueryVariables>;
export const TeamMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TeamMeQuery, TeamMeQueryVariables>;
export const TeamAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<TeamAcknowledgeMutation, TeamAcknowledgeMutationVariables>;
export const TeamNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<TeamNoteMutation, TeamNoteMutationVariables>;
export const TeamFinishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamFinish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<TeamFinishMutation, TeamFinishMutationVariables>;
export const WorkOrderByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderByTrackingCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratingSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"ratingQuality"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"respondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolveMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<WorkOrderByCodeQuery, WorkOrderByCodeQueryVariables>;
export const WorkOrderLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkOrderLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratingSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"ratingQuality"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"respondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolveMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<WorkOrderLiveSubscription, WorkOrderLiveSubscriptionVariables>;
export const UrgeWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UrgeWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgeWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratingSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"ratingQuality"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"respondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolveMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<UrgeWorkOrderMutation, UrgeWorkOrderMutationVariables>;
export const ReopenWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratingSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"ratingQuality"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"respondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolveMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<ReopenWorkOrderMutation, ReopenWorkOrderMutationVariables>;
export const RateWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"speed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quality"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"speed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"speed"}}},{"kind":"Argument","name":{"kind":"Name","value":"quality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratingSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"ratingQuality"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"respondMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolveMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<RateWorkOrderMutation, RateWorkOrderMutationVariables>;
export const TeamOrderListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamOrderList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DEADLINE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamOrder"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<TeamOrderListQuery, TeamOrderListQueryVariables>;
export const TeamOrderLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TeamOrderLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamOrder"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderPlacement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBy"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"urgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderPlacement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TeamOrderLiveSubscription, TeamOrderLiveSubscriptionVariables>;
export const KioskGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KioskGridQuery, KioskGridQueryVariables>;
export const KioskBreachCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskBreachCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breachCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<KioskBreachCountsQuery, KioskBreachCountsQueryVariables>;
export const KioskConventionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskConventions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"inForceVersion"}},{"kind":"Field","name":{"kind":"Name","value":"consultationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KioskConventionsQuery, KioskConventionsQueryVariables>;
export const KioskCommentArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskCommentArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"articleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KioskCommentArticleMutation, KioskCommentArticleMutationVariables>;
export const KioskProposeAmendmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskProposeAmendment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAmendment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"articleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KioskProposeAmendmentMutation, KioskProposeAmendmentMutationVariables>;
export const KioskSupportAmendmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KioskSupportAmendment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amendmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportAmendment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"amendmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amendmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}}]}}]}}]} as unknown as DocumentNode<KioskSupportAmendmentMutation, KioskSupportAmendmentMutationVariables>;
export const KioskJointProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskJointProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"solvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]}}]}}]} as unknown as DocumentNode<KioskJointProblemsQuery, KioskJointProblemsQueryVariables>;
export const PatrolMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatrolMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"estates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatrolMeQuery, PatrolMeQueryVariables>;
export const PatrolConventionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatrolConventions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inForceVersion"}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<PatrolConventionsQuery, PatrolConventionsQueryVariables>;
export const PatrolRecordBreachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PatrolRecordBreach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBreachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<PatrolRecordBreachMutation, PatrolRecordBreachMutationVariables>;