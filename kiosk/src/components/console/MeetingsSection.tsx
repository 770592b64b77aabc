'use client';

import { Card } from 'antd';
import { usePrefs } from '../../lib/i18n';
import { AgendaTab } from './AgendaTab';
import { useStaff } from './staff-context';

/** Meetings, the matters on their agenda, and each one's resolution. */
export function MeetingsSection() {
  const { t } = usePrefs();
  const { communities } = useStaff();
  return (
    <Card title={t.admin.menu.meetings} className="console">
      <AgendaTab communities={communities} />
    </Card>
  );
}
