import { registerEnumType } from 'type-graphql';

export enum Role {
  STREET_ADMIN = 'STREET_ADMIN',
  OFFICE = 'OFFICE',
  SECRETARY = 'SECRETARY',
  RESIDENT = 'RESIDENT',
}
registerEnumType(Role, { name: 'Role' });

export const STAFF_ROLES = [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY] as const;
