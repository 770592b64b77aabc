'use client';

import { Alert, Button, Input, Modal, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatTrackingCode } from '../../../lib/format';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { RegisterPicker, type RegisterChoice } from '../RegisterPicker';
import { ServiceItemSelect } from './ServiceItemSelect';
import { useStaff } from '../staff-context';

const PhoneReportData = graphql(`
  query ConsolePhoneReportData {
    pavilions {
      id
      community {
        id
      }
    }
  }
`);

const PhoneReportMutation = graphql(`
  mutation ConsolePhoneReport($input: ReportRepairInput!) {
    reportRepair(input: $input) {
      id
      trackingCode
      reporterCount
    }
  }
`);

/** A resident phoned the office: the office writes the report down for them (with their number, for text messages). */
export function PhoneReport({ communityId, onReported }: { communityId: string; onReported(): void }) {
  const { t } = usePrefs();
  const s = t.service;
  const { communities } = useStaff();
  const [open, setOpen] = useState(false);
  const [{ data }] = useQuery({ query: PhoneReportData, pause: !open });
  const [itemCode, setItemCode] = useState<string | null>(null);
  const [place, setPlace] = useState<RegisterChoice | null>(null);
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const [state, report] = useMutation(PhoneReportMutation);
  const [doneCode, setDoneCode] = useState<string | null>(null);
  const community = communities.find((c) => c.id === communityId);
  // Any pavilion of the community stands for it: the report is the community's.
  const pavilionId = data?.pavilions.find((p) => p.community.id === communityId)?.id;
  const close = () => {
    setOpen(false);
    setDoneCode(null);
    setItemCode(null);
    setPhone('');
    setNote('');
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{s.console.phoneReport}</Button>
      <Modal
        open={open}
        title={s.console.phoneReport}
        onCancel={close}
        okText={doneCode ? t.confirm : s.send}
        cancelText={t.cancel}
        okButtonProps={{
          disabled: !doneCode && (!itemCode || !pavilionId),
          loading: state.fetching,
          title: doneCode ? undefined : !itemCode ? s.console.chooseItemFirst : !pavilionId ? t.loading : undefined,
        }}
        onOk={async () => {
          if (doneCode) return close();
          const res = await report({
            input: { pavilionId: pavilionId!, itemCode: itemCode!, buildingId: place?.buildingId ?? null, contactPhone: phone || null, note: note || null },
          });
          if (res.data) {
            setDoneCode(res.data.reportRepair.trackingCode);
            onReported();
          }
        }}
      >
        {doneCode ? (
          <Result status="success" title={s.receiptTitle} subTitle={<span data-testid="phone-report-code">{formatTrackingCode(doneCode)}</span>} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <ServiceItemSelect value={itemCode} onChange={setItemCode} style={{ width: '100%' }} />
            {community ? <RegisterPicker communities={[community]} onChange={setPlace} /> : null}
            <Input aria-label={s.teamPage.contact} placeholder={s.teamPage.contact} value={phone} maxLength={20} onChange={(e) => setPhone(e.target.value)} />
            <Input.TextArea
              aria-label={s.console.notePlaceholder}
              placeholder={s.console.notePlaceholder}
              rows={2}
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            <Typography.Text type="secondary">{s.console.phoneReportHint}</Typography.Text>
            {state.error ? <Alert type="error" showIcon title={errorDetail(state.error, t)} role="alert" /> : null}
          </Space>
        )}
      </Modal>
    </>
  );
}
