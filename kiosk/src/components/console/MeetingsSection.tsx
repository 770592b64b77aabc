'use client';

import { AgendaTab } from './AgendaTab';
import { useStaff } from './staff-context';

/** Meetings, the matters on their agenda, and each one's resolution. */
export function MeetingsSection() {
  const { communities } = useStaff();
  return <AgendaTab communities={communities} />;
}
