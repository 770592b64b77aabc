'use client';

import { Space } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { usePrefs } from '../../../lib/i18n';
import { CsvImport } from '../CsvImport';
import { useStaff } from '../staff-context';

/** The files' columns, as the server reads them. */
const Columns = graphql(`
  query EvaluationImportColumns {
    thirdPartyImportColumns
    feeImportColumns
  }
`);

const ThirdParty = graphql(`
  mutation ConsoleImportThirdParty($csv: String!) {
    importThirdPartyScores(csv: $csv) {
      created
      updated
      errors {
        line
        message
      }
    }
  }
`);

const Fees = graphql(`
  mutation ConsoleImportFees($csv: String!) {
    importFeeCollection(csv: $csv) {
      created
      updated
      errors {
        line
        message
      }
    }
  }
`);

/** The assessor's scores (the sub-district's) and fee collection (an office's own estates). */
export function ImportsTab() {
  const { t } = usePrefs();
  const c = t.evaluation.console;
  const { role } = useStaff();
  const [third, importThird] = useMutation(ThirdParty);
  const [fees, importFees] = useMutation(Fees);
  const [columns] = useQuery({ query: Columns });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {role === 'STREET_ADMIN' ? (
        <CsvImport
          title={c.thirdParty}
          hint={c.thirdPartyHint(columns.data?.thirdPartyImportColumns.join(',') ?? '')}
          fetching={third.fetching}
          error={third.error}
          report={third.data?.importThirdPartyScores}
          onFile={(csv) => importThird({ csv })}
        />
      ) : null}
      <CsvImport
        title={c.fees}
        hint={c.feesHint(columns.data?.feeImportColumns.join(',') ?? '')}
        fetching={fees.fetching}
        error={fees.error}
        report={fees.data?.importFeeCollection}
        onFile={(csv) => importFees({ csv })}
      />
    </Space>
  );
}
