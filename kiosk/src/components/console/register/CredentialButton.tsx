'use client';

import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { errorDetail, usePrefs } from '../../../lib/i18n';

const Issue = graphql(`
  mutation ConsoleIssueCredential($homeId: ID!) {
    issueHomeCredential(homeId: $homeId) {
      homeCode
      pin
    }
  }
`);

/** Issues (or reissues) a home's code and PIN; the PIN is shown once, on a letter to print and hand over. */
export function CredentialButton({ homeId, label }: { homeId: string; label: string }) {
  const { t } = usePrefs();
  const [state, issue] = useMutation(Issue);
  const [open, setOpen] = useState(false);
  const cred = state.data?.issueHomeCredential;
  return (
    <>
      <Button
        size="small"
        loading={state.fetching}
        onClick={async () => {
          await issue({ homeId });
          setOpen(true);
        }}
      >
        {t.console.issue}
      </Button>
      <Modal
        open={open}
        title={t.console.pinLetter}
        onCancel={() => setOpen(false)}
        okText={t.console.print}
        onOk={() => window.print()}
        cancelText={t.cancel}
        destroyOnHidden
      >
        {cred ? (
          <div className="letter printable print-this">
            <p>{label}</p>
            <p>
              {t.vote.homeCode}: <strong>{cred.homeCode}</strong>
            </p>
            <p>
              {t.vote.pin}: <strong>{cred.pin}</strong>
            </p>
            <p className="meta">{t.console.pinLetterHint}</p>
          </div>
        ) : (
          <Typography.Text type="danger" role="alert">
            {errorDetail(state.error, t)}
          </Typography.Text>
        )}
      </Modal>
    </>
  );
}
