'use client';

import { Alert, Button, Card, Spin, Table, Typography, Upload } from 'antd';
import { Upload as UploadIcon } from 'lucide-react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { errorDetail, usePrefs } from '../../../lib/i18n';

const Import = graphql(`
  mutation ConsoleImport($csv: String!) {
    importHomes(csv: $csv) {
      created
      updated
      errors {
        line
        message
      }
    }
  }
`);

const ImportColumns = graphql(`
  query ConsoleImportColumns {
    homeImportColumns
  }
`);

/** The register's CSV import: all or nothing, every bad line reported. */
export function RegisterImport() {
  const { t } = usePrefs();
  const [state, run] = useMutation(Import);
  const [columns] = useQuery({ query: ImportColumns });
  const report = state.data?.importHomes;
  return (
    <Card title={t.admin.register.importTitle}>
      <Typography.Paragraph type="secondary">{t.admin.register.columns(columns.data?.homeImportColumns.join(',') ?? '')}</Typography.Paragraph>
      <Upload
        accept=".csv,text/csv"
        showUploadList={false}
        beforeUpload={async (file) => {
          await run({ csv: await file.text() });
          return false;
        }}
      >
        <Button icon={<UploadIcon size={16} aria-hidden="true" />} loading={state.fetching}>
          {t.admin.register.chooseFile}
        </Button>
      </Upload>
      {state.fetching ? <Spin tip={t.admin.register.importing} style={{ marginLeft: 16 }} /> : null}
      {state.error ? <Alert type="error" showIcon title={errorDetail(state.error, t)} style={{ marginTop: 16 }} /> : null}
      {report && report.errors.length === 0 ? (
        <Alert type="success" showIcon role="status" title={t.console.imported(report.created, report.updated)} style={{ marginTop: 16 }} />
      ) : null}
      {report && report.errors.length ? (
        <Table
          style={{ marginTop: 16 }}
          size="small"
          rowKey="line"
          dataSource={report.errors}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t.admin.register.line, dataIndex: 'line', width: 80 },
            { title: t.admin.register.problem, dataIndex: 'message' },
          ]}
        />
      ) : null}
    </Card>
  );
}
