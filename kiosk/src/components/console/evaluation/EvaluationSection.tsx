'use client';

import { Card, Tabs } from 'antd';
import { usePrefs } from '../../../lib/i18n';
import { useStaff } from '../staff-context';
import { ClosingTab } from './ClosingTab';
import { ComparisonTab } from './ComparisonTab';
import { ImportsTab } from './ImportsTab';
import { InspectionTab } from './InspectionTab';
import { StandardTab } from './StandardTab';

/** The property-service evaluation: companies compared, monthly checks, imports and (for the sub-district) closing a period. */
export function EvaluationSection() {
  const { t } = usePrefs();
  const c = t.evaluation.console;
  const { role } = useStaff();
  const checks = role === 'STREET_ADMIN' || role === 'OFFICE';
  return (
    <Card title={t.admin.menu.evaluation}>
      <Tabs
        items={[
          { key: 'comparison', label: c.comparison, children: <ComparisonTab /> },
          ...(checks ? [{ key: 'inspections', label: c.inspections, children: <InspectionTab /> }] : []),
          ...(checks ? [{ key: 'imports', label: c.imports, children: <ImportsTab /> }] : []),
          ...(role === 'STREET_ADMIN' ? [{ key: 'closing', label: c.closing, children: <ClosingTab /> }] : []),
          ...(role === 'STREET_ADMIN' ? [{ key: 'standard', label: c.standard, children: <StandardTab /> }] : []),
        ]}
      />
    </Card>
  );
}
