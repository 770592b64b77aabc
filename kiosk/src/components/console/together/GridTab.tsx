'use client';

import { Alert, Button, Card, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { GridRole } from '../../../gql/graphql';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { CsvImport } from '../CsvImport';
import { RegisterPicker, type RegisterChoice } from '../RegisterPicker';
import { useStaff } from '../staff-context';

/** A grid file's columns, as the server reads them. */
const GridColumns = graphql(`
  query GridImportColumns {
    gridImportColumns
  }
`);

const Grid = graphql(`
  query ConsoleGrid($communityId: ID!) {
    grid(communityId: $communityId) {
      id
      role
      name
      area
      phone
      building {
        id
        name
      }
      parent {
        id
        name
      }
    }
  }
`);

const SetPost = graphql(`
  mutation ConsoleSetGridPost($input: GridPostInput!) {
    setGridPost(input: $input) {
      id
    }
  }
`);

const ImportGrid = graphql(`
  mutation ConsoleImportGrid($csv: String!) {
    importGridPosts(csv: $csv) {
      created
      updated
      errors {
        line
        message
      }
    }
  }
`);

const ROLES: GridRole[] = ['GRID_HEAD', 'PARTY_GROUP_HEAD', 'BUILDING_HEAD', 'MEMBER_HOUSEHOLD', 'VOLUNTEER'];

/** The five-level grid of a community: every post with whom it reports to; set one by one or imported. */
export function GridTab() {
  const { t } = usePrefs();
  const g = t.together;
  const c = g.console;
  const { communities } = useStaff();
  const [communityId, setCommunityId] = useState(communities[0]?.id ?? '');
  const [{ data, error }, refetch] = useQuery({ query: Grid, variables: { communityId }, pause: !communityId, requestPolicy: 'cache-and-network' });
  const [columns] = useQuery({ query: GridColumns });
  const [setState, setPost] = useMutation(SetPost);
  const [importState, importGrid] = useMutation(ImportGrid);
  const [role, setRole] = useState<GridRole>('BUILDING_HEAD');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [area, setArea] = useState('');
  const [parentId, setParentId] = useState<string | null>(null);
  const [place, setPlace] = useState<RegisterChoice | null>(null);
  const posts = data?.grid ?? [];
  const above = ROLES[ROLES.indexOf(role) - 1];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select
        aria-label={t.admin.community}
        style={{ minWidth: 220 }}
        value={communityId}
        onChange={setCommunityId}
        options={communities.map((x) => ({ value: x.id, label: x.name }))}
      />
      {error ? <Alert type="error" showIcon title={errorDetail(error, t)} /> : null}
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 20 }}
        dataSource={posts}
        columns={[
          { title: c.role, render: (_, p) => g.roles[p.role] },
          { title: c.name, dataIndex: 'name' },
          { title: g.building, render: (_, p) => p.building?.name ?? p.area ?? '—' },
          { title: c.parent, render: (_, p) => p.parent?.name ?? '—' },
          { title: c.phone, render: (_, p) => p.phone ?? '—' },
        ]}
      />
      <Card title={c.addPost} size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Select
              aria-label={c.role}
              style={{ minWidth: 150 }}
              value={role}
              onChange={(r: GridRole) => (setRole(r), setParentId(null))}
              options={ROLES.map((r) => ({ value: r, label: g.roles[r] }))}
            />
            <Input aria-label={c.name} placeholder={c.name} maxLength={40} value={name} onChange={(e) => setName(e.target.value)} style={{ maxWidth: 180 }} />
            {above ? (
              <Select
                aria-label={c.parent}
                placeholder={c.parent}
                style={{ minWidth: 180 }}
                value={parentId ?? undefined}
                onChange={setParentId}
                options={posts.filter((p) => p.role === above).map((p) => ({ value: p.id, label: `${g.roles[p.role]} ${p.name}` }))}
              />
            ) : null}
            <Input
              aria-label={c.phone}
              placeholder={c.phone}
              maxLength={20}
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              style={{ maxWidth: 160 }}
            />
            <Input aria-label={c.area} placeholder={c.area} maxLength={100} value={area} onChange={(e) => setArea(e.target.value)} style={{ maxWidth: 180 }} />
          </Space>
          {role === 'BUILDING_HEAD' || role === 'MEMBER_HOUSEHOLD' || role === 'VOLUNTEER' ? (
            <RegisterPicker communities={communities.filter((x) => x.id === communityId)} onChange={setPlace} />
          ) : null}
          {setState.error ? <Alert type="error" showIcon title={errorDetail(setState.error, t)} role="alert" /> : null}
          <Button
            type="primary"
            loading={setState.fetching}
            disabled={!name.trim()}
            onClick={async () => {
              const res = await setPost({
                input: { role, name, communityId, parentId, buildingId: place?.buildingId ?? null, phone: phone || null, area: area || null },
              });
              if (res.data) {
                setName('');
                setPhone('');
                refetch({ requestPolicy: 'network-only' });
              }
            }}
          >
            {c.save}
          </Button>
        </Space>
      </Card>
      <CsvImport
        title={c.importGrid}
        hint={c.importGridHint(columns.data?.gridImportColumns.join(',') ?? '')}
        fetching={importState.fetching}
        error={importState.error}
        report={importState.data?.importGridPosts}
        onFile={async (csv) => {
          await importGrid({ csv });
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    </Space>
  );
}
