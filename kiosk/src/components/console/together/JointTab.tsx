'use client';

import { DateTimeField } from '../DateTimeField';
import { Alert, Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { JointUnitKind } from '../../../gql/graphql';
import { beijingLocalIn, formatDate, formatPeriod, shanghai } from '../../../lib/format';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { recentPeriods } from '../../../lib/periods';
import { useStaff } from '../staff-context';

const Joint = graphql(`
  query ConsoleJoint {
    jointUnits {
      id
      name
      kind
    }
    jointMeetings(first: 8) {
      id
      quarter
      heldAt
      attendees {
        id
        name
      }
    }
    jointProblems {
      id
      title
      status
      dueBy
      carriedOver
      solvedAt
      leadUnit {
        id
        name
      }
      partners {
        id
        name
      }
      raisedAt {
        id
        quarter
      }
    }
    jointUnitFigures {
      unit {
        id
        name
      }
      raised
      solved
      solvedOnTime
    }
  }
`);

const AddUnit = graphql(`
  mutation ConsoleAddJointUnit($name: String!, $kind: JointUnitKind!) {
    addJointUnit(name: $name, kind: $kind) {
      id
    }
  }
`);
const Record = graphql(`
  mutation ConsoleRecordJointMeeting($quarter: String!, $heldAt: DateTime!, $attendeeIds: [ID!]!, $minutes: String) {
    recordJointMeeting(quarter: $quarter, heldAt: $heldAt, attendeeIds: $attendeeIds, minutes: $minutes) {
      id
    }
  }
`);
const AddProblem = graphql(`
  mutation ConsoleAddJointProblem($meetingId: ID!, $title: String!, $leadUnitId: ID!, $partnerIds: [ID!], $dueBy: DateTime!) {
    addJointProblem(meetingId: $meetingId, title: $title, leadUnitId: $leadUnitId, partnerIds: $partnerIds, dueBy: $dueBy) {
      id
    }
  }
`);
const Solve = graphql(`
  mutation ConsoleSolveJointProblem($id: ID!, $note: String!) {
    solveJointProblem(problemId: $id, note: $note) {
      id
      status
    }
  }
`);

const KINDS: JointUnitKind[] = ['COMMUNITY', 'SCHOOL', 'CLINIC', 'POLICE', 'PROPERTY_COMPANY', 'DISTRICT_DEPARTMENT', 'OTHER'];

/** The joint meetings: units, each quarter's meeting, the problems carried until solved, and each unit's figures. */
export function JointTab() {
  const { t, locale } = usePrefs();
  const g = t.together;
  const c = g.console;
  const { role } = useStaff();
  const organiser = role === 'STREET_ADMIN' || role === 'SECRETARY';
  const [{ data, error }, refetch] = useQuery({ query: Joint, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [unitState, addUnit] = useMutation(AddUnit);
  const [recordState, record] = useMutation(Record);
  const [problemState, addProblem] = useMutation(AddProblem);
  const [solveState, solve] = useMutation(Solve);
  const [unitName, setUnitName] = useState('');
  const [kind, setKind] = useState<JointUnitKind>('OTHER');
  const [quarter, setQuarter] = useState(recentPeriods('QUARTER', 1)[0]);
  const [heldAt, setHeldAt] = useState(beijingLocalIn(0));
  const [attendees, setAttendees] = useState<string[]>([]);
  const [minutes, setMinutes] = useState('');
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [lead, setLead] = useState<string | null>(null);
  const [partners, setPartners] = useState<string[]>([]);
  const [dueBy, setDueBy] = useState(beijingLocalIn(60));
  const [notes, setNotes] = useState<Record<string, string>>({});
  const units = data?.jointUnits ?? [];
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  const problem = error ?? unitState.error ?? recordState.error ?? problemState.error ?? solveState.error;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {problem ? <Alert type="error" showIcon title={errorDetail(problem, t)} role="alert" /> : null}
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 10 }}
        dataSource={data?.jointProblems ?? []}
        columns={[
          { title: c.problems, dataIndex: 'title' },
          { title: g.lead, render: (_, p) => p.leadUnit.name },
          { title: c.partners, render: (_, p) => p.partners.map((x) => x.name).join('、') || '—' },
          { title: c.quarter, render: (_, p) => formatPeriod(p.raisedAt.quarter, locale) },
          { title: g.due, render: (_, p) => formatDate(p.dueBy, locale) },
          { title: t.admin.status, render: (_, p) => <Tag color={p.status === 'SOLVED' ? 'green' : 'gold'}>{g.problemStatus[p.status]}</Tag> },
          { title: '', render: (_, p) => g.carried(p.carriedOver) },
          {
            title: c.solve,
            render: (_, p) =>
              p.status === 'OPEN' && organiser ? (
                <Space>
                  <Input
                    aria-label={c.solveNote}
                    placeholder={c.solveNote}
                    value={notes[p.id] ?? ''}
                    onChange={(e) => setNotes({ ...notes, [p.id]: e.target.value })}
                  />
                  <Button size="small" disabled={!(notes[p.id] ?? '').trim()} onClick={async () => (await solve({ id: p.id, note: notes[p.id] }), reload())}>
                    {c.solve}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Card title={c.figures} size="small">
        <Table
          size="small"
          rowKey={(f) => f.unit.id}
          pagination={false}
          dataSource={data?.jointUnitFigures ?? []}
          columns={[
            { title: c.units, render: (_, f) => f.unit.name },
            { title: c.raised, dataIndex: 'raised' },
            { title: c.solved, dataIndex: 'solved' },
            { title: c.onTime, dataIndex: 'solvedOnTime' },
          ]}
        />
      </Card>
      {organiser ? (
        <>
          <Card title={c.addProblem} size="small">
            <Space wrap>
              <Select
                aria-label={c.meetings}
                placeholder={c.meetings}
                style={{ minWidth: 200 }}
                value={meetingId ?? undefined}
                onChange={setMeetingId}
                options={(data?.jointMeetings ?? []).map((m) => ({ value: m.id, label: `${formatPeriod(m.quarter, locale)} ${formatDate(m.heldAt, locale)}` }))}
              />
              <Input
                aria-label={c.problems}
                placeholder={c.problems}
                maxLength={100}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                style={{ maxWidth: 240 }}
              />
              <Select aria-label={g.lead} placeholder={g.lead} style={{ minWidth: 180 }} value={lead ?? undefined} onChange={setLead} options={unitOptions} />
              <Select
                aria-label={c.partners}
                placeholder={c.partners}
                mode="multiple"
                style={{ minWidth: 220 }}
                value={partners}
                onChange={setPartners}
                options={unitOptions}
              />
              <DateTimeField aria-label={g.due} value={dueBy} onChange={setDueBy} style={{ maxWidth: 220 }} />
              <Button
                type="primary"
                disabled={!meetingId || !lead || !title.trim()}
                loading={problemState.fetching}
                onClick={async () => {
                  const res = await addProblem({ meetingId: meetingId!, title, leadUnitId: lead!, partnerIds: partners, dueBy: shanghai(dueBy) });
                  if (res.data) setTitle('');
                  reload();
                }}
              >
                {c.addProblem}
              </Button>
            </Space>
          </Card>
          <Card title={c.recordMeeting} size="small">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Select
                  aria-label={c.quarter}
                  value={quarter}
                  onChange={setQuarter}
                  options={recentPeriods('QUARTER', 4).map((q) => ({ value: q, label: q }))}
                />
                <DateTimeField aria-label={c.heldAt} value={heldAt} onChange={setHeldAt} style={{ maxWidth: 220 }} />
              </Space>
              <Select aria-label={c.attendees} placeholder={c.attendees} mode="multiple" value={attendees} onChange={setAttendees} options={unitOptions} />
              <Input.TextArea aria-label={c.minutes} placeholder={c.minutes} autoSize value={minutes} onChange={(e) => setMinutes(e.target.value)} />
              <Button
                type="primary"
                disabled={attendees.length < 2}
                loading={recordState.fetching}
                onClick={async () => {
                  const res = await record({ quarter, heldAt: shanghai(heldAt), attendeeIds: attendees, minutes: minutes || null });
                  if (res.data) setMeetingId(res.data.recordJointMeeting.id);
                  reload();
                }}
              >
                {c.recordMeeting}
              </Button>
            </Space>
          </Card>
          <Card title={c.addUnit} size="small">
            <Space wrap>
              <Input aria-label={c.name} placeholder={c.name} maxLength={60} value={unitName} onChange={(e) => setUnitName(e.target.value)} />
              <Select
                aria-label={c.kind}
                value={kind}
                onChange={setKind}
                options={KINDS.map((k) => ({ value: k, label: g.unitKinds[k] }))}
                style={{ minWidth: 160 }}
              />
              <Button
                loading={unitState.fetching}
                disabled={!unitName.trim()}
                onClick={async () => (await addUnit({ name: unitName, kind }), setUnitName(''), reload())}
              >
                {c.addUnit}
              </Button>
            </Space>
          </Card>
        </>
      ) : null}
    </Space>
  );
}
