'use client';

import { Card, Select, Tabs } from 'antd';
import { usePrefs } from '../../../lib/i18n';
import { useUrlTableState } from '../../../lib/url-table-state';
import { useStaff } from '../staff-context';
import { CatalogueTab } from './CatalogueTab';
import { LevelsTab } from './LevelsTab';
import { NotificationsTab } from './NotificationsTab';
import { OrdersTab } from './OrdersTab';
import { TeamsTab } from './TeamsTab';

/** The service centre for the office: work orders to dispatch and check, the figures, the text messages sent. */
export function ServiceSection() {
  const { t } = usePrefs();
  const s = t.service.console;
  const { communities, role } = useStaff();
  // The community and the tab in the address too: a link (the workbench's) opens exactly this view.
  const url = useUrlTableState();
  const communityId = url.text('community') ?? communities[0]?.id ?? '';
  const tab = url.text('tab') ?? 'orders';
  return (
    <Card
      title={t.admin.menu.service}
      extra={
        communities.length > 1 ? (
          <Select
            aria-label={t.admin.community}
            style={{ minWidth: 200 }}
            value={communityId}
            onChange={(id: string) => url.set({ community: id })}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
          />
        ) : null
      }
    >
      {communityId ? (
        <Tabs
          activeKey={tab}
          onChange={(key) => url.set({ tab: key === 'orders' ? null : key })}
          items={[
            { key: 'orders', label: s.orders, children: <OrdersTab key={communityId} communityId={communityId} /> },
            { key: 'levels', label: s.levels, children: <LevelsTab key={communityId} communityId={communityId} /> },
            { key: 'notifications', label: s.notifications, children: <NotificationsTab key={communityId} communityId={communityId} /> },
            { key: 'teams', label: s.teams.tab, children: <TeamsTab key={communityId} communityId={communityId} /> },
            // The catalogue is the sub-district's: its staff edit it.
            ...(role === 'STREET_ADMIN' ? [{ key: 'catalogue', label: s.catalogue, children: <CatalogueTab /> }] : []),
          ]}
        />
      ) : null}
    </Card>
  );
}
