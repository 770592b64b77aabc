import type { CombinedError } from 'urql';
import { errorText } from '../../lib/i18n';
import type { Messages } from '../../messages/zh-CN';

/** The server judges the words; a title it finds too short is named in plain words, other errors by their code. */
export function raiseErrorText(error: CombinedError | undefined, t: Messages): string | null {
  const e = error?.graphQLErrors[0];
  if (e?.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field === 'title') return t.raise.tooShort;
  return errorText(error, t);
}
