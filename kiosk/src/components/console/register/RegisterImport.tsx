'use client';

import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { usePrefs } from '../../../lib/i18n';
import { CsvImport } from '../CsvImport';

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
  return (
    <CsvImport
      title={t.admin.register.importTitle}
      hint={t.admin.register.columns(columns.data?.homeImportColumns.join(',') ?? '')}
      fetching={state.fetching}
      error={state.error}
      report={state.data?.importHomes}
      onFile={(csv) => run({ csv })}
    />
  );
}
