import { formatCode } from '../common/codes';
import { MatterEventKind } from '../matters/enums';
import { WorkOrderEventKind } from '../service-centre/enums';

/**
 * The words of text messages to residents, in Chinese as they read them. Only the changes a
 * resident waits for are sent; urges, notes and warnings are for the team and the office.
 */
const SIGNATURE = '【莲花街道】';

const ORDER_TEXTS: Partial<Record<WorkOrderEventKind, (o: { item: string; code: string; team: string | null; note: string | null }) => string>> = {
  [WorkOrderEventKind.DISPATCHED]: (o) => `您报修的“${o.item}”已派给${o.team ?? '服务队'}，查询码 ${o.code}。`,
  [WorkOrderEventKind.ACKNOWLEDGED]: (o) => `${o.team ?? '服务队'}已接单处理您报修的“${o.item}”，查询码 ${o.code}。`,
  [WorkOrderEventKind.CHECK_ACCEPTED]: (o) => `您报修的“${o.item}”已办结，请凭查询码 ${o.code} 为速度和质量评分；7 天内不满意可申请返工。`,
  [WorkOrderEventKind.ON_LEDGER]: (o) => `您报修的“${o.item}”暂时无法按时办理，已挂账：${o.note ?? ''}。查询码 ${o.code}。`,
  [WorkOrderEventKind.CANCELLED]: (o) => `您报修的“${o.item}”已撤销：${o.note ?? ''}。查询码 ${o.code}。`,
  [WorkOrderEventKind.REOPENED]: (o) => `您报修的“${o.item}”已重新派单返工，查询码 ${o.code}。`,
};

export function orderText(kind: WorkOrderEventKind, o: { item: string; code: string; team: string | null; note: string | null }): string | null {
  const text = ORDER_TEXTS[kind];
  return text ? SIGNATURE + text({ ...o, code: formatCode(o.code) }) : null;
}

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
  return what ? `${SIGNATURE}您反映的“${m.title}”${what}。查询码 ${formatCode(m.code)}。` : null;
}
