'use client';

import { Card, Tabs } from 'antd';
import { usePrefs } from '../../../lib/i18n';
import { ConventionsTab } from './ConventionsTab';
import { GridTab } from './GridTab';
import { JointTab } from './JointTab';

/** Residents' conventions (drafting to keeping), the grid chain, and the area's joint meetings. */
export function TogetherSection() {
  const { t } = usePrefs();
  const c = t.together.console;
  return (
    <Card title={t.admin.menu.together}>
      <Tabs
        items={[
          { key: 'conventions', label: c.conventions, children: <ConventionsTab /> },
          { key: 'grid', label: c.grid, children: <GridTab /> },
          { key: 'joint', label: c.joint, children: <JointTab /> },
        ]}
      />
    </Card>
  );
}
