'use client';

import { Alert, Button, Checkbox, Form, Input, List, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { ServiceTeamKind } from '../../../gql/graphql';
import { errorDetail, usePrefs } from '../../../lib/i18n';

const TeamsQuery = graphql(`
  query ConsoleServiceTeamsRoster($communityId: ID) {
    serviceTeams(communityId: $communityId) {
      id
      name
      kind
      memberCount
      members {
        id
        username
        displayName
      }
      dutyWeekdays
      onDuty
    }
  }
`);

const SetRoster = graphql(`
  mutation ConsoleSetTeamRoster($teamId: ID!, $weekdays: [Int!]!) {
    setServiceTeamRoster(teamId: $teamId, weekdays: $weekdays) {
      id
      dutyWeekdays
      onDuty
    }
  }
`);

const CreateTeam = graphql(`
  mutation ConsoleCreateTeam($input: NewServiceTeamInput!) {
    createServiceTeam(input: $input) {
      id
    }
  }
`);

const AddMember = graphql(`
  mutation ConsoleAddTeamMember($teamId: ID!, $input: NewServiceTeamMemberInput!) {
    addServiceTeamMember(teamId: $teamId, input: $input) {
      id
      memberCount
    }
  }
`);

const ResetPassword = graphql(`
  mutation ConsoleResetMemberPassword($teamId: ID!, $staffId: ID!, $password: String!) {
    resetServiceTeamMemberPassword(teamId: $teamId, staffId: $staffId, password: $password)
  }
`);

const RemoveMember = graphql(`
  mutation ConsoleRemoveTeamMember($teamId: ID!, $staffId: ID!) {
    removeServiceTeamMember(teamId: $teamId, staffId: $staffId) {
      id
      memberCount
    }
  }
`);

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** The office's teams: the weekday roster that decides who gets new orders, new teams, and members' phone accounts. */
export function TeamsTab({ communityId }: { communityId: string }) {
  const { t } = usePrefs();
  const s = t.service;
  const m = s.console.teams;
  const [{ data, error }, refetch] = useQuery({ query: TeamsQuery, variables: { communityId } });
  const [drafts, setDrafts] = useState<Record<string, number[]>>({});
  const [rosterState, setRoster] = useMutation(SetRoster);
  const [createState, createTeam] = useMutation(CreateTeam);
  const [memberState, addMember] = useMutation(AddMember);
  const [resetState, resetPassword] = useMutation(ResetPassword);
  const [removeState, removeMember] = useMutation(RemoveMember);
  const [memberOf, setMemberOf] = useState<{ id: string; name: string } | null>(null);
  const [resetFor, setResetFor] = useState<{ teamId: string; staffId: string; name: string } | null>(null);
  const [resetForm] = Form.useForm<{ password: string }>();
  const [notice, setNotice] = useState<string | null>(null);
  const [createForm] = Form.useForm<{ name: string; kind: ServiceTeamKind; weekdays: number[] }>();
  const [memberForm] = Form.useForm<{ username: string; displayName: string; password: string }>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const weekdayOptions = WEEKDAYS.map((d) => ({ value: d, label: m.weekdays[d - 1] }));
  const failure = error ?? rosterState.error ?? createState.error ?? removeState.error;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{m.hint}</Typography.Text>
      {failure ? <Alert type="error" showIcon title={errorDetail(failure, t)} role="alert" /> : null}
      {notice ? <Alert type="success" showIcon title={notice} role="status" closable onClose={() => setNotice(null)} /> : null}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        loading={!data && !error}
        dataSource={data?.serviceTeams ?? []}
        expandable={{
          expandedRowRender: (team) => (
            <List
              size="small"
              locale={{ emptyText: m.noMembers }}
              dataSource={team.members}
              renderItem={(member) => (
                <List.Item
                  actions={[
                    <Button key="reset" onClick={() => setResetFor({ teamId: team.id, staffId: member.id, name: member.displayName })}>
                      {m.resetPassword}
                    </Button>,
                    <Popconfirm
                      key="remove"
                      title={m.removeConfirm(member.displayName)}
                      onConfirm={async () => {
                        const res = await removeMember({ teamId: team.id, staffId: member.id });
                        if (res.data) {
                          setNotice(m.memberRemoved(member.displayName));
                          reload();
                        }
                      }}
                    >
                      <Button danger loading={removeState.fetching}>
                        {m.removeMember}
                      </Button>
                    </Popconfirm>,
                  ]}
                >
                  <List.Item.Meta title={member.displayName} description={member.username} />
                </List.Item>
              )}
            />
          ),
        }}
        columns={[
          { title: m.name, dataIndex: 'name' },
          { title: m.kind, render: (_, team) => <Tag>{s.teamKinds[team.kind]}</Tag> },
          { title: m.members, dataIndex: 'memberCount' },
          {
            title: m.roster,
            render: (_, team) => (
              <Checkbox.Group
                aria-label={`${team.name} ${m.roster}`}
                options={weekdayOptions}
                value={drafts[team.id] ?? team.dutyWeekdays}
                onChange={(v) => setDrafts((d) => ({ ...d, [team.id]: [...v].sort((a, b) => a - b) }))}
              />
            ),
          },
          { title: m.today, render: (_, team) => (team.onDuty ? <Tag color="green">{m.onDuty}</Tag> : <Tag>{m.offDuty}</Tag>) },
          {
            title: '',
            render: (_, team) => (
              <Space wrap>
                <Button
                  disabled={!drafts[team.id]}
                  loading={rosterState.fetching}
                  onClick={async () => {
                    const res = await setRoster({ teamId: team.id, weekdays: drafts[team.id] });
                    if (res.data) {
                      setDrafts(({ [team.id]: _saved, ...rest }) => rest);
                      setNotice(`${team.name}：${m.saved}`);
                    }
                  }}
                >
                  {m.saveRoster}
                </Button>
                <Button onClick={() => setMemberOf({ id: team.id, name: team.name })}>{m.addMember}</Button>
              </Space>
            ),
          },
        ]}
      />
      <Form
        form={createForm}
        layout="inline"
        aria-label={m.create}
        initialValues={{ kind: ServiceTeamKind.Repair, weekdays: [] }}
        onFinish={async (v) => {
          const res = await createTeam({ input: { communityId, name: v.name, kind: v.kind, weekdays: v.weekdays } });
          if (res.data) {
            createForm.resetFields();
            reload();
          }
        }}
      >
        <Form.Item name="name" label={m.name} rules={[{ required: true, min: 2, max: 60 }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="kind" label={m.kind}>
          <Select style={{ minWidth: 120 }} options={Object.values(ServiceTeamKind).map((k) => ({ value: k, label: s.teamKinds[k] }))} />
        </Form.Item>
        <Form.Item name="weekdays" label={m.roster}>
          <Checkbox.Group options={weekdayOptions} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={createState.fetching}>
            {m.create}
          </Button>
        </Form.Item>
      </Form>
      <Modal
        open={!!memberOf}
        title={memberOf ? `${memberOf.name} · ${m.addMember}` : ''}
        okText={m.addMember}
        confirmLoading={memberState.fetching}
        onCancel={() => setMemberOf(null)}
        onOk={() => memberForm.submit()}
        destroyOnHidden
      >
        {memberState.error ? <Alert type="error" showIcon title={errorDetail(memberState.error, t)} role="alert" /> : null}
        <Form
          form={memberForm}
          layout="vertical"
          preserve={false}
          onFinish={async (v) => {
            if (!memberOf) return;
            const res = await addMember({ teamId: memberOf.id, input: v });
            if (res.data) {
              setNotice(m.memberAdded(v.displayName));
              setMemberOf(null);
              reload();
            }
          }}
        >
          <Form.Item name="displayName" label={m.displayName} rules={[{ required: true, max: 40 }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="username" label={m.username} rules={[{ required: true, pattern: /^[a-z0-9_.-]{3,64}$/ }]}>
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
          <Form.Item name="password" label={m.password} rules={[{ required: true, min: 8 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!resetFor}
        title={resetFor ? `${resetFor.name} · ${m.resetPassword}` : ''}
        okText={m.resetPassword}
        confirmLoading={resetState.fetching}
        onCancel={() => setResetFor(null)}
        onOk={() => resetForm.submit()}
        destroyOnHidden
      >
        {resetState.error ? <Alert type="error" showIcon title={errorDetail(resetState.error, t)} role="alert" /> : null}
        <Form
          form={resetForm}
          layout="vertical"
          preserve={false}
          onFinish={async (v) => {
            if (!resetFor) return;
            const res = await resetPassword({ teamId: resetFor.teamId, staffId: resetFor.staffId, password: v.password });
            if (res.data) {
              setNotice(m.passwordReset(resetFor.name));
              setResetFor(null);
            }
          }}
        >
          <Form.Item name="password" label={m.newPassword} rules={[{ required: true, min: 8 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
