import { registerEnumType } from 'type-graphql';

export enum JointUnitKind {
  COMMUNITY = 'COMMUNITY',
  SCHOOL = 'SCHOOL',
  CLINIC = 'CLINIC',
  POLICE = 'POLICE',
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
  DISTRICT_DEPARTMENT = 'DISTRICT_DEPARTMENT',
  OTHER = 'OTHER',
}

export enum JointProblemStatus {
  OPEN = 'OPEN',
  SOLVED = 'SOLVED',
}

registerEnumType(JointUnitKind, { name: 'JointUnitKind' });
registerEnumType(JointProblemStatus, { name: 'JointProblemStatus' });
