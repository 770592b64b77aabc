import { AuditEntry } from './audit/audit-entry.entity';
import { MatterEvent } from './matters/matter-event.entity';
import { Matter } from './matters/matter.entity';
import { Notice } from './matters/notice.entity';
import { RaiseDraft } from './matters/raise-draft.entity';
import { Second } from './matters/second.entity';
import { AgendaItem, Meeting } from './meetings/meeting.entity';
import { Ballot } from './votes/ballot.entity';
import { CostPlan, CostShareRow } from './votes/cost-plan.entity';
import { Elector } from './votes/elector.entity';
import { Vote } from './votes/vote.entity';
import { AuthSession } from './auth/auth-session.entity';
import { HomeCredential } from './auth/home-credential.entity';
import { StaffUser } from './auth/staff-user.entity';
import { Branch } from './register/branch.entity';
import { Building } from './register/building.entity';
import { Community } from './register/community.entity';
import { Estate } from './register/estate.entity';
import { Home } from './register/home.entity';
import { Pavilion } from './register/pavilion.entity';
import { Unit } from './register/unit.entity';
import { Notification } from './notifications/notification.entity';
import { ServiceCategory, ServiceItem } from './service-centre/catalogue.entity';
import { ServiceDuty, ServiceTeam, ServiceTeamMember } from './service-centre/team.entity';
import { WorkOrderEvent } from './service-centre/work-order-event.entity';
import { WorkOrder } from './service-centre/work-order.entity';
import { EvaluationClose, FrozenScorecard } from './evaluation/closing.entity';
import { PropertyCompany } from './evaluation/company.entity';
import { PropertyComplaint } from './evaluation/complaint.entity';
import { FeeCollectionRow } from './evaluation/fee-collection.entity';
import { Inspection, InspectionScore } from './evaluation/inspection.entity';
import { PropertyRating, PropertyRatingScore } from './evaluation/rating.entity';
import { PropertyReview } from './evaluation/review.entity';
import { EvaluationStandardVersion } from './evaluation/standard.entity';
import { Amendment, AmendmentSupport, ArticleComment, ConventionArticle } from './conventions/article.entity';
import { Breach } from './conventions/breach.entity';
import { Convention, ConventionCommunity } from './conventions/convention.entity';
import { ConventionVersionRow } from './conventions/version.entity';
import { GridPost } from './grid/grid-post.entity';
import { JointAgenda, JointAttendance, JointMeeting, JointPartner, JointProblem, JointUnit } from './joint/joint.entity';
import { ThirdPartyScore } from './evaluation/third-party-score.entity';

/** Every entity, listed explicitly so that the compiled and the TypeScript builds see the same set. */
export const entities = [
  Branch,
  Community,
  Estate,
  Building,
  Unit,
  Home,
  Pavilion,
  StaffUser,
  AuthSession,
  HomeCredential,
  Matter,
  MatterEvent,
  Second,
  Notice,
  RaiseDraft,
  AuditEntry,
  Meeting,
  AgendaItem,
  Vote,
  Elector,
  Ballot,
  CostPlan,
  CostShareRow,
  ServiceCategory,
  ServiceItem,
  ServiceTeam,
  ServiceTeamMember,
  ServiceDuty,
  WorkOrder,
  WorkOrderEvent,
  Notification,
  PropertyCompany,
  EvaluationStandardVersion,
  PropertyRating,
  PropertyRatingScore,
  Inspection,
  InspectionScore,
  ThirdPartyScore,
  FeeCollectionRow,
  PropertyComplaint,
  EvaluationClose,
  FrozenScorecard,
  PropertyReview,
  Convention,
  ConventionCommunity,
  ConventionArticle,
  ArticleComment,
  Amendment,
  AmendmentSupport,
  ConventionVersionRow,
  Breach,
  GridPost,
  JointUnit,
  JointMeeting,
  JointAttendance,
  JointProblem,
  JointPartner,
  JointAgenda,
];
