/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { JointAgenda, JointAttendance, JointMeeting, JointPartner, JointProblem, JointUnit } from './joint.entity';
import { JointMeetingFieldsResolver, JointProblemFieldsResolver, JointResolver } from './joint.resolver';
import { JointMeetings } from './joint.service';
import type { AuditService } from '../audit';

export { JointUnitKind } from './enums';
export { JointAgenda, JointAttendance, JointMeeting, JointPartner, JointProblem, JointUnit } from './joint.entity';
export { JointMeetings } from './joint.service';

/** The feature, declared once: what the ORM and the schema take from it. */
export const jointFeature = defineFeature({
  name: 'joint',
  entities: [JointUnit, JointMeeting, JointAttendance, JointProblem, JointPartner, JointAgenda],
  services: (kit, needs: { audit: AuditService }) => new JointMeetings(needs.audit, kit.clock),
  resolvers: (s) => [new JointResolver(s), new JointMeetingFieldsResolver(), new JointProblemFieldsResolver()],
});
