'use client';

import { Card } from 'antd';
import { usePrefs } from '../../lib/i18n';
import { useStaff } from './staff-context';
import { StatsTab } from './StatsTab';

/** The month's figures of the caller's communities. */
export function StatsSection() {
  const { t } = usePrefs();
  const { communities } = useStaff();
  return (
    <Card title={t.admin.menu.stats} className="console">
      <StatsTab communities={communities} />
    </Card>
  );
}
