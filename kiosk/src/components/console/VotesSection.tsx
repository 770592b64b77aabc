'use client';

import { Card, Space } from 'antd';
import { usePrefs } from '../../lib/i18n';
import { useStaff } from './staff-context';
import { NoticesTab, VotesTab } from './VoteTabs';

/** Open votes with their live participation and paper ballots, and the public notices. */
export function VotesSection() {
  const { t } = usePrefs();
  const { communities } = useStaff();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t.console.tabs.votes}>
        <VotesTab communities={communities} />
      </Card>
      <Card title={t.console.tabs.notices}>
        <NoticesTab communities={communities} />
      </Card>
    </Space>
  );
}
