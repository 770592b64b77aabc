'use client';

import { ExplainedButton } from './ExplainedButton';
import { DateTimeField } from './DateTimeField';
import { Alert, Card, Checkbox, Empty, Form, Input, InputNumber, List, Select, Space, Typography } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { formatTime, shanghai } from '../../lib/format';
import { errorDetail, usePrefs } from '../../lib/i18n';
import type { ConsoleCommunity } from './staff-context';

const Meetings = graphql(`
  query ConsoleMeetings($communityId: ID) {
    meetings(communityId: $communityId) {
      id
      title
      startsAt
      attendance
      minutes
      pavilion {
        id
        name
      }
      agenda {
        id
        title
      }
    }
    pavilions {
      id
      name
      community {
        id
      }
    }
  }
`);

const Schedule = graphql(`
  mutation ConsoleSchedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
    }
  }
`);

const Minutes = graphql(`
  mutation ConsoleMinutes($id: ID!, $attendance: Int!, $minutes: String!) {
    recordMeetingMinutes(meetingId: $id, attendance: $attendance, minutes: $minutes) {
      id
    }
  }
`);

interface ScheduleForm {
  title: string;
  pavilionId: string;
  startsAt: string;
  matterIds: string[];
}

/** One meeting's attendance and minutes, recorded after it took place. */
function MinutesForm({ meetingId, onDone }: { meetingId: string; onDone(): void }) {
  const { t } = usePrefs();
  const [state, record] = useMutation(Minutes);
  const [attendance, setAttendance] = useState<number | null>(null);
  const [minutes, setMinutes] = useState('');
  return (
    <Space wrap>
      <InputNumber aria-label={t.console.attendance} placeholder={t.console.attendance} min={0} value={attendance} onChange={setAttendance} />
      <Input
        aria-label={t.console.minutes}
        placeholder={t.console.minutes}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        style={{ width: 320 }}
      />
      <ExplainedButton
        why={attendance === null ? t.admin.why.needs(t.console.attendance) : !minutes.trim() ? t.admin.why.needs(t.console.minutes) : null}
        loading={state.fetching}
        onClick={async () => (await record({ id: meetingId, attendance: attendance!, minutes })).data && onDone()}
      >
        {t.console.recordMinutes}
      </ExplainedButton>
      {state.error ? <Typography.Text type="danger">{errorDetail(state.error, t)}</Typography.Text> : null}
    </Space>
  );
}

/** Meetings of the branch at a pavilion: scheduling with an agenda, and afterwards attendance and minutes. */
export function MeetingsPanel({ community, onAgenda }: { community: ConsoleCommunity; onAgenda: Array<{ id: string; title: string }> }) {
  const { t, locale } = usePrefs();
  const [{ data, error }, refetch] = useQuery({ query: Meetings, variables: { communityId: community.id }, requestPolicy: 'network-only' });
  const [scheduleState, schedule] = useMutation(Schedule);
  const [form] = Form.useForm<ScheduleForm>();
  const chosen = Form.useWatch('matterIds', form);
  const pavilions = data?.pavilions.filter((p) => p.community.id === community.id) ?? [];
  const done = () => refetch({ requestPolicy: 'network-only' });
  const problem = errorDetail(error ?? scheduleState.error, t);
  return (
    <Card title={`${community.name} · ${t.console.meetings}`} className="meetings">
      {problem ? <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form<ScheduleForm>
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        onFinish={async (v) => {
          const res = await schedule({ input: { pavilionId: v.pavilionId, title: v.title, startsAt: shanghai(v.startsAt), matterIds: v.matterIds } });
          if (res.data) {
            form.resetFields();
            done();
          }
        }}
      >
        <Form.Item label={t.console.meetingTitle} name="title" rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t.console.pavilion} name="pavilionId" rules={[{ required: true }]}>
          <Select options={pavilions.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item label={t.console.startsAt} name="startsAt" rules={[{ required: true }]}>
          <DateTimeField />
        </Form.Item>
        {/* No form rule here: a rule marks the group aria-required, which a group of checkboxes may not carry; the button waits instead. */}
        <Form.Item label={t.console.agendaItems} name="matterIds">
          {onAgenda.length ? (
            <Checkbox.Group style={{ display: 'grid', gap: 8 }} options={onAgenda.map((m) => ({ value: m.id, label: m.title }))} />
          ) : (
            <Typography.Text type="secondary">
              {t.console.next.noAgenda} <Link href="/console/matters?status=SUBMITTED">{t.console.next.toTriage}</Link>
            </Typography.Text>
          )}
        </Form.Item>
        <ExplainedButton type="primary" htmlType="submit" loading={scheduleState.fetching} why={!chosen?.length ? t.admin.why.pickAgenda : null}>
          {t.console.schedule}
        </ExplainedButton>
      </Form>
      <List
        style={{ marginTop: 24 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.console.next.noMeetings} /> }}
        dataSource={data?.meetings ?? []}
        renderItem={(mt) => (
          <List.Item className="meeting">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text strong>
                {mt.title} · {mt.pavilion.name} · {formatTime(mt.startsAt, locale)}
              </Typography.Text>
              <ol style={{ margin: 0 }}>
                {mt.agenda.map((a) => (
                  <li key={a.id}>
                    <Link href={`/console/matters/${a.id}`}>{a.title}</Link>
                  </li>
                ))}
              </ol>
              {mt.minutes ? (
                <Typography.Text type="secondary">
                  {t.console.attendance}: {mt.attendance} · {mt.minutes}
                </Typography.Text>
              ) : (
                <MinutesForm meetingId={mt.id} onDone={done} />
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
