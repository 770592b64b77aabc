import { registerEnumType } from 'type-graphql';

export enum Role {
  STREET_ADMIN = 'STREET_ADMIN',
  OFFICE = 'OFFICE',
  SECRETARY = 'SECRETARY',
  RESIDENT = 'RESIDENT',
  SERVICE_STAFF = 'SERVICE_STAFF',
}
registerEnumType(Role, {
  name: 'Role',
  valuesConfig: { SERVICE_STAFF: { description: "A member of one of the community's service teams (cleaning, repairs, patrol), on a phone." } },
});

export const STAFF_ROLES = [Role.STREET_ADMIN, Role.OFFICE, Role.SECRETARY] as const;
