import { formatCode } from '../common/codes';
import { residentText } from '../notifications';
import { MatterEventKind } from './enums';

/** The changes of a matter a resident who left a phone number waits for; the rest are for staff. */
const MATTER_TEXTS: Partial<Record<MatterEventKind, string>> = {
  [MatterEventKind.TRIAGED]: '已由支部受理',
  [MatterEventKind.SCHEDULED]: '已列入议事会议程',
  [MatterEventKind.RESOLVED]: '已有支部决议',
  [MatterEventKind.VOTE_OPENED]: '已交业主表决',
  [MatterEventKind.VOTE_CLOSED]: '表决已结束',
  [MatterEventKind.COMPLETED]: '已办结，欢迎凭查询码评价',
};

export function matterText(kind: MatterEventKind, m: { title: string; code: string }): string | null {
  const what = MATTER_TEXTS[kind];
  return what ? residentText(`您反映的“${m.title}”${what}。查询码 ${formatCode(m.code)}。`) : null;
}
