import { formatCode } from '../common/codes';
import { residentText } from '../notifications';
import { WorkOrderEventKind } from './enums';

type OrderWords = { item: string; code: string; team: string | null; note: string | null };

/** The steps of an order its reporter waits for; urges, notes and warnings are for the team and the office. */
const ORDER_TEXTS: Partial<Record<WorkOrderEventKind, (o: OrderWords) => string>> = {
  [WorkOrderEventKind.DISPATCHED]: (o) => `您报修的“${o.item}”已派给${o.team ?? '服务队'}，查询码 ${o.code}。`,
  [WorkOrderEventKind.ACKNOWLEDGED]: (o) => `${o.team ?? '服务队'}已接单处理您报修的“${o.item}”，查询码 ${o.code}。`,
  [WorkOrderEventKind.CHECK_ACCEPTED]: (o) => `您报修的“${o.item}”已办结，请凭查询码 ${o.code} 为速度和质量评分；7 天内不满意可申请返工。`,
  [WorkOrderEventKind.ON_LEDGER]: (o) => `您报修的“${o.item}”暂时无法按时办理，已挂账：${o.note ?? ''}。查询码 ${o.code}。`,
  [WorkOrderEventKind.CANCELLED]: (o) => `您报修的“${o.item}”已撤销：${o.note ?? ''}。查询码 ${o.code}。`,
  [WorkOrderEventKind.REOPENED]: (o) => `您报修的“${o.item}”已重新派单返工，查询码 ${o.code}。`,
};

export function orderText(kind: WorkOrderEventKind, o: OrderWords): string | null {
  const text = ORDER_TEXTS[kind];
  return text ? residentText(text({ ...o, code: formatCode(o.code) })) : null;
}
