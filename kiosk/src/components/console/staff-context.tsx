'use client';

import { createContext, useContext, useEffect } from 'react';
import type { Role } from '../../gql/graphql';

export type ConsoleCommunity = { id: string; name: string; estates: Array<{ id: string; name: string }> };

export interface Staff {
  role: Role;
  displayName: string;
  communities: ConsoleCommunity[];
  /** A page names itself in the breadcrumbs (e.g. a matter's code). */
  setCrumb(label: string | null): void;
}

export const StaffContext = createContext<Staff | null>(null);

/** Who is signed in to the console; pages under /console render only once this is known. */
export function useStaff(): Staff {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error('useStaff outside the console shell');
  return staff;
}

/** The last breadcrumb, for as long as the page shows. */
export function useCrumb(label: string | null) {
  const { setCrumb } = useStaff();
  useEffect(() => {
    setCrumb(label);
    return () => setCrumb(null);
  }, [label, setCrumb]);
}
