import type { ContainerType } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { MatterFieldsResolver, MattersResolver, NoticeFieldsResolver } from '../matters/matters.resolver';
import { MeetingsResolver } from '../meetings/meetings.resolver';
import {
  BuildingFieldsResolver,
  CommunityFieldsResolver,
  EstateFieldsResolver,
  HomeFieldsResolver,
  PavilionFieldsResolver,
  RegisterResolver,
  UnitFieldsResolver,
} from '../register/register.resolver';
import type { Services } from '../services';
import { StatsResolver } from '../stats/stats.resolver';
import { NotificationsResolver } from '../notifications/notifications.resolver';
import {
  MatterWorkOrdersResolver,
  ServiceCentreResolver,
  ServiceTeamFieldsResolver,
  ViewerTeamsResolver,
  WorkOrderFieldsResolver,
} from '../service-centre/service-centre.resolver';
import { MatterVoteResolver, VotesResolver } from '../votes/votes.resolver';
import {
  AmendmentFieldsResolver,
  ArticleFieldsResolver,
  BreachFieldsResolver,
  ConventionFieldsResolver,
  ConventionsResolver,
} from '../conventions/conventions.resolver';
import { GridPostFieldsResolver, GridResolver } from '../grid/grid.resolver';
import { JointMeetingFieldsResolver, JointProblemFieldsResolver, JointResolver } from '../joint/joint.resolver';
import { EvaluationResolver, MatterScorecardResolver, PropertyCompanyFieldsResolver, ScorecardFieldsResolver } from '../evaluation/evaluation.resolver';

/** Every resolver, built once with the services it needs: type-graphql asks this container for them. */
export function resolverInstances(s: Services): object[] {
  return [
    new AuthResolver(s.auth),
    new AuditResolver(s.audit),
    new RegisterResolver(s.imports),
    new CommunityFieldsResolver(),
    new EstateFieldsResolver(),
    new BuildingFieldsResolver(),
    new UnitFieldsResolver(),
    new HomeFieldsResolver(),
    new PavilionFieldsResolver(),
    new MattersResolver(s.matters, s.reads),
    new MatterFieldsResolver(s.reads),
    new NoticeFieldsResolver(),
    new MeetingsResolver(s.meetings),
    new StatsResolver(s.stats),
    new VotesResolver(s.votes),
    new MatterVoteResolver(),
    new ServiceCentreResolver(s.serviceCentre),
    new WorkOrderFieldsResolver(s.serviceCentre),
    new ServiceTeamFieldsResolver(s.serviceCentre),
    new MatterWorkOrdersResolver(),
    new ViewerTeamsResolver(),
    new NotificationsResolver(),
    new EvaluationResolver(s.evaluation),
    new PropertyCompanyFieldsResolver(),
    new ScorecardFieldsResolver(),
    new MatterScorecardResolver(s.evaluation),
    new ConventionsResolver(s.conventions),
    new ConventionFieldsResolver(),
    new ArticleFieldsResolver(),
    new AmendmentFieldsResolver(),
    new BreachFieldsResolver(),
    new GridResolver(s.grid),
    new GridPostFieldsResolver(),
    new JointResolver(s.joint),
    new JointMeetingFieldsResolver(),
    new JointProblemFieldsResolver(),
  ];
}

export function resolverContainer(instances: object[]): ContainerType {
  const byClass = new Map<Function, object>(instances.map((i) => [i.constructor, i]));
  return {
    get(someClass) {
      const instance = byClass.get(someClass as Function);
      if (!instance) throw new Error(`No resolver instance for ${(someClass as Function).name}`);
      return instance;
    },
  };
}
