'use client';

import { DateTimeField } from '../DateTimeField';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { ConventionAction } from '../../../gql/graphql';
import { beijingLocalIn, shanghai } from '../../../lib/format';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { useStaff } from '../staff-context';

const Conventions = graphql(`
  query ConsoleConventions {
    conventions {
      id
      title
      stage
      allowedActions
      version
      inForceVersion
      consultationClosesAt
      communities {
        id
        name
      }
      vote {
        id
        status
      }
      articles {
        id
        number
        text
        comments {
          id
        }
        amendments {
          id
          text
          reason
          state
          support
        }
      }
    }
  }
`);

const Draft = graphql(`
  mutation ConsoleDraftConvention($input: DraftConventionInput!) {
    draftConvention(input: $input) {
      id
    }
  }
`);
const Open = graphql(`
  mutation ConsoleOpenConsultation($id: ID!, $closesAt: DateTime!) {
    openConsultation(conventionId: $id, closesAt: $closesAt) {
      id
      stage
      consultationClosesAt
    }
  }
`);
const Decide = graphql(`
  mutation ConsoleDecideAmendment($id: ID!, $accept: Boolean!) {
    decideAmendment(amendmentId: $id, accept: $accept) {
      id
      state
    }
  }
`);
const Publish = graphql(`
  mutation ConsolePublishConvention($id: ID!) {
    publishConventionVersion(conventionId: $id) {
      id
      version
    }
  }
`);
const ToVote = graphql(`
  mutation ConsoleConventionToVote($id: ID!, $closesAt: DateTime!) {
    putConventionToVote(conventionId: $id, closesAt: $closesAt) {
      id
      stage
    }
  }
`);

/** The branch's work on conventions: draft, open for comments, decide each proposal, publish a version, put it to the households. */
export function ConventionsTab() {
  const { t } = usePrefs();
  const g = t.together;
  const c = g.console;
  const { communities, role } = useStaff();
  const [{ data, error }, refetch] = useQuery({ query: Conventions, requestPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [picked, setPicked] = useState<string[]>(communities.map((x) => x.id));
  const [articles, setArticles] = useState('');
  const [closesAt, setClosesAt] = useState(beijingLocalIn(14));
  const [draftState, draft] = useMutation(Draft);
  const [openState, open] = useMutation(Open);
  const [decideState, decide] = useMutation(Decide);
  const [publishState, publish] = useMutation(Publish);
  const [voteState, toVote] = useMutation(ToVote);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const mine = new Set(communities.map((x) => x.id));
  const list = (data?.conventions ?? []).filter((x) => role === 'STREET_ADMIN' || x.communities.some((k) => mine.has(k.id)));
  const current = list.find((x) => x.id === chosen) ?? null;
  const drafts = role === 'STREET_ADMIN' || role === 'SECRETARY';
  // What may be done to the convention shown: the server's rules, never copied here.
  const can = (action: ConventionAction) => !!current?.allowedActions.includes(action);
  const problem = error ?? draftState.error ?? openState.error ?? decideState.error ?? publishState.error ?? voteState.error;
  const amendments = current ? current.articles.flatMap((a) => a.amendments.map((m) => ({ ...m, number: a.number }))) : [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {problem ? <Alert type="error" showIcon title={errorDetail(problem, t)} role="alert" /> : null}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={list}
        onRow={(x) => ({ onClick: () => setChosen(x.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: c.titleLabel, dataIndex: 'title' },
          { title: c.communities, render: (_, x) => x.communities.map((k) => k.name).join('、') },
          { title: t.admin.status, render: (_, x) => <Tag>{g.stages[x.stage]}</Tag> },
          { title: g.versionLabel, render: (_, x) => g.version(x.version) },
        ]}
      />
      {current ? (
        <Card title={`${current.title} · ${g.stages[current.stage]} · ${g.version(current.version)}`} size="small">
          <ol>
            {current.articles.map((a) => (
              <li key={a.id}>
                {a.text} <Typography.Text type="secondary">{g.comments(a.comments.length)}</Typography.Text>
              </li>
            ))}
          </ol>
          {can(ConventionAction.OpenConsultation) ? (
            <Space wrap>
              <DateTimeField aria-label={c.closesAt} value={closesAt} onChange={setClosesAt} style={{ maxWidth: 240 }} />
              <Button
                type="primary"
                loading={openState.fetching}
                onClick={async () => (await open({ id: current.id, closesAt: shanghai(closesAt) }), reload())}
              >
                {c.openConsultation}
              </Button>
            </Space>
          ) : null}
          {current.stage === 'CONSULTATION' ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Title level={5}>{c.amendments}</Typography.Title>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={amendments}
                columns={[
                  { title: '#', render: (_, m) => g.article(m.number) },
                  { title: g.newWording, dataIndex: 'text' },
                  { title: g.reason, render: (_, m) => m.reason ?? '—' },
                  { title: g.support, dataIndex: 'support' },
                  {
                    title: t.admin.status,
                    render: (_, m) =>
                      m.state === 'PROPOSED' && can(ConventionAction.DecideAmendments) ? (
                        <Space>
                          <Button size="small" type="primary" onClick={async () => (await decide({ id: m.id, accept: true }), reload())}>
                            {c.accept}
                          </Button>
                          <Button size="small" onClick={async () => (await decide({ id: m.id, accept: false }), reload())}>
                            {c.reject}
                          </Button>
                        </Space>
                      ) : (
                        g.amendmentStates[m.state]
                      ),
                  },
                ]}
              />
              <Space wrap>
                {can(ConventionAction.PublishVersion) ? (
                  <Button loading={publishState.fetching} onClick={async () => (await publish({ id: current.id }), reload())}>
                    {c.publish}
                  </Button>
                ) : null}
                {can(ConventionAction.PutToVote) ? (
                  <>
                    <DateTimeField aria-label={c.voteClosesAt} value={closesAt} onChange={setClosesAt} style={{ maxWidth: 240 }} />
                    <Button
                      type="primary"
                      loading={voteState.fetching}
                      onClick={async () => (await toVote({ id: current.id, closesAt: shanghai(closesAt) }), reload())}
                    >
                      {c.putToVote}
                    </Button>
                  </>
                ) : null}
              </Space>
            </Space>
          ) : null}
        </Card>
      ) : null}
      {drafts ? (
        <Card title={c.draft} size="small">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input aria-label={c.titleLabel} placeholder={c.titleLabel} maxLength={60} value={title} onChange={(e) => setTitle(e.target.value)} />
            <Select
              aria-label={c.communities}
              mode="multiple"
              value={picked}
              onChange={setPicked}
              options={communities.map((x) => ({ value: x.id, label: x.name }))}
            />
            <Input.TextArea
              aria-label={c.articlesLabel}
              placeholder={c.articlesLabel}
              autoSize={{ minRows: 4 }}
              value={articles}
              onChange={(e) => setArticles(e.target.value)}
            />
            <Button
              type="primary"
              loading={draftState.fetching}
              disabled={!title.trim() || !picked.length || !articles.trim()}
              onClick={async () => {
                const res = await draft({
                  input: {
                    title,
                    communityIds: picked,
                    articles: articles
                      .split('\n')
                      .map((x) => x.trim())
                      .filter(Boolean),
                  },
                });
                if (res.data) {
                  setChosen(res.data.draftConvention.id);
                  setTitle('');
                  setArticles('');
                  reload();
                }
              }}
            >
              {c.create}
            </Button>
          </Space>
        </Card>
      ) : null}
    </Space>
  );
}
