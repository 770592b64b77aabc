'use client';

import { Alert, Button, Card, Spin, Table, Typography, Upload } from 'antd';
import { Upload as UploadIcon } from 'lucide-react';
import type { CombinedError } from 'urql';
import { errorDetail, usePrefs } from '../../lib/i18n';

export interface ImportOutcome {
  created: number;
  updated: number;
  errors: Array<{ line: number; message: string }>;
}

/** A CSV upload whose import is all or nothing: the counts when it went in, every bad line when it did not. */
export function CsvImport({
  title,
  hint,
  fetching,
  error,
  report,
  onFile,
}: {
  title: string;
  hint: string;
  fetching: boolean;
  error?: CombinedError;
  report?: ImportOutcome | null;
  onFile(csv: string): Promise<unknown>;
}) {
  const { t } = usePrefs();
  return (
    <Card title={title}>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Upload
        accept=".csv,text/csv"
        showUploadList={false}
        beforeUpload={async (file) => {
          await onFile(await file.text());
          return false;
        }}
      >
        <Button icon={<UploadIcon size={16} aria-hidden="true" />} loading={fetching}>
          {t.admin.register.chooseFile}
        </Button>
      </Upload>
      {fetching ? <Spin tip={t.admin.register.importing} style={{ marginLeft: 16 }} /> : null}
      {error ? <Alert type="error" showIcon title={errorDetail(error, t)} style={{ marginTop: 16 }} /> : null}
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
