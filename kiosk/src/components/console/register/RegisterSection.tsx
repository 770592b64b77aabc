'use client';

import { Card, Col, Empty, Row, Select, Space, Table, Tag, Tree, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatTime } from '../../../lib/format';
import { usePrefs } from '../../../lib/i18n';
import { useStaff } from '../staff-context';
import { CredentialButton } from './CredentialButton';
import { RegisterImport } from './RegisterImport';

const EstateHomes = graphql(`
  query ConsoleEstateHomes($id: ID!) {
    estate(id: $id) {
      id
      name
      propertyCompany
      buildings {
        id
        name
        units {
          id
          name
          homes {
            id
            floor
            room
            areaM2
            credentialIssuedAt
          }
        }
      }
    }
  }
`);

/** The register as staff browse it: estates, buildings, units and homes, which homes hold a home code, and the import. */
export function RegisterSection() {
  const { t, locale } = usePrefs();
  const { communities } = useStaff();
  const [communityId, setCommunityId] = useState(communities[0]?.id ?? null);
  const community = communities.find((c) => c.id === communityId);
  const [estateId, setEstateId] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [{ data, fetching }] = useQuery({ query: EstateHomes, variables: { id: estateId ?? '' }, pause: !estateId });
  const estate = data?.estate;
  const units = estate?.buildings.flatMap((b) => b.units.map((u) => ({ ...u, building: b.name }))) ?? [];
  const unit = units.find((u) => u.id === unitId);
  const allHomes = units.flatMap((u) => u.homes);
  const withCode = allHomes.filter((h) => h.credentialIssuedAt).length;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t.admin.menu.register}>
        <Space wrap style={{ marginBottom: 16 }}>
          {communities.length > 1 ? (
            <Select
              aria-label={t.admin.community}
              style={{ width: 180 }}
              value={communityId}
              onChange={(v) => {
                setCommunityId(v);
                setEstateId(null);
                setUnitId(null);
              }}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
            />
          ) : null}
          <Select
            aria-label={t.console.scopeKinds.ESTATE}
            placeholder={t.console.scopeKinds.ESTATE}
            style={{ width: 240 }}
            value={estateId}
            onChange={(v) => {
              setEstateId(v);
              setUnitId(null);
            }}
            options={community?.estates.map((e) => ({ value: e.id, label: e.name })) ?? []}
          />
          {estate ? <Typography.Text type="secondary">{t.admin.register.withCredential(withCode, allHomes.length)}</Typography.Text> : null}
        </Space>
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <Typography.Title level={5}>{t.admin.register.tree}</Typography.Title>
            {estate ? (
              <Tree
                defaultExpandAll
                selectedKeys={unitId ? [unitId] : []}
                onSelect={(keys, info) => {
                  if (info.node.isLeaf) setUnitId(String(keys[0]));
                }}
                treeData={estate.buildings.map((b) => ({
                  key: `b${b.id}`,
                  title: b.name,
                  selectable: false,
                  children: b.units.map((u) => ({ key: u.id, title: `${u.name} (${u.homes.length})`, isLeaf: true })),
                }))}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Col>
          <Col xs={24} md={16}>
            <Typography.Title level={5}>{unit ? `${estate?.name} ${unit.building} ${unit.name}` : t.admin.register.homes}</Typography.Title>
            {unit ? (
              <Table
                size="small"
                rowKey="id"
                loading={fetching}
                dataSource={unit.homes}
                pagination={false}
                columns={[
                  { title: t.admin.register.room, dataIndex: 'room' },
                  { title: t.admin.register.floor, dataIndex: 'floor' },
                  { title: t.admin.register.area, dataIndex: 'areaM2' },
                  {
                    title: t.admin.register.credential,
                    dataIndex: 'credentialIssuedAt',
                    render: (at: string | null) =>
                      at ? <Tag color="green">{`${t.admin.register.issued} ${formatTime(at, locale)}`}</Tag> : <Tag>{t.admin.register.notIssued}</Tag>,
                  },
                  {
                    key: 'issue',
                    render: (_: unknown, h: { id: string; room: string }) => (
                      <CredentialButton homeId={h.id} label={`${estate?.name} ${unit.building} ${unit.name} ${h.room}`} />
                    ),
                  },
                ]}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.admin.register.pickUnit} />
            )}
          </Col>
        </Row>
      </Card>
      <RegisterImport />
    </Space>
  );
}
