import { ServiceTeamKind } from './enums';

export interface SeedItem {
  code: string;
  name: string;
  standard: string;
  respondMinutes: number;
  resolveMinutes: number;
  paid?: boolean;
}

export interface SeedCategory {
  code: string;
  name: string;
  teamKind: ServiceTeamKind;
  items: SeedItem[];
}

const { CLEANING, REPAIR, PATROL } = ServiceTeamKind;

/**
 * The service centre's first catalogue: 6 categories, 23 items, for old buildings with no
 * property company. The promise to respond is 2 hours or less for every item.
 */
export const CATALOGUE_SEED: SeedCategory[] = [
  {
    code: 'SAN',
    name: '环境卫生',
    teamKind: CLEANING,
    items: [
      { code: 'SAN-01', name: '楼道清扫', standard: '公共楼道、楼梯每日清扫一次，无垃圾、无积尘、无小广告', respondMinutes: 120, resolveMinutes: 480 },
      { code: 'SAN-02', name: '垃圾清运', standard: '生活垃圾日产日清；垃圾桶满溢 2 小时内清运，桶边无散落', respondMinutes: 120, resolveMinutes: 240 },
      { code: 'SAN-03', name: '卫生死角清理', standard: '楼道杂物、卫生死角 24 小时内清理干净', respondMinutes: 120, resolveMinutes: 1440 },
      { code: 'SAN-04', name: '病媒消杀', standard: '发现鼠、蟑、蚊蝇孳生点后 3 日内完成消杀', respondMinutes: 120, resolveMinutes: 4320 },
    ],
  },
  {
    code: 'SEC',
    name: '治安巡防',
    teamKind: PATROL,
    items: [
      { code: 'SEC-01', name: '可疑情况处置', standard: '接报后 30 分钟内到场查看，必要时报警并守候', respondMinutes: 30, resolveMinutes: 120 },
      { code: 'SEC-02', name: '消防通道堵塞', standard: '接报后 1 小时内到场劝离或清理，保持通道畅通', respondMinutes: 60, resolveMinutes: 240 },
      { code: 'SEC-03', name: '楼道电动车充电', standard: '发现楼道停放、飞线充电，当日劝导整改', respondMinutes: 60, resolveMinutes: 480 },
      { code: 'SEC-04', name: '消防器材缺损', standard: '灭火器、消防栓缺失或过期，3 日内补齐', respondMinutes: 120, resolveMinutes: 4320 },
    ],
  },
  {
    code: 'FAC',
    name: '公共设施',
    teamKind: REPAIR,
    items: [
      { code: 'FAC-01', name: '楼道灯维修', standard: '公共照明不亮，24 小时内修复', respondMinutes: 120, resolveMinutes: 1440 },
      { code: 'FAC-02', name: '单元门及门禁维修', standard: '单元门、门锁、门禁损坏，24 小时内修复或临时加固', respondMinutes: 120, resolveMinutes: 1440 },
      { code: 'FAC-03', name: '扶手与墙面破损', standard: '扶手松动、墙皮脱落等隐患 3 日内修复', respondMinutes: 120, resolveMinutes: 4320 },
      { code: 'FAC-04', name: '信报箱、晾衣杆等', standard: '公共小设施 7 日内修复或更换', respondMinutes: 120, resolveMinutes: 10080 },
    ],
  },
  {
    code: 'UTL',
    name: '水电维修',
    teamKind: REPAIR,
    items: [
      { code: 'UTL-01', name: '公共水管漏水', standard: '爆管 30 分钟内到场关阀止漏，8 小时内修复', respondMinutes: 30, resolveMinutes: 480 },
      { code: 'UTL-02', name: '下水道堵塞', standard: '4 小时内疏通，污水外溢当日清理消毒', respondMinutes: 60, resolveMinutes: 240 },
      { code: 'UTL-03', name: '公共电路故障', standard: '跳闸、断电 1 小时内到场，8 小时内恢复', respondMinutes: 60, resolveMinutes: 480 },
      { code: 'UTL-04', name: '入户水电小修', standard: '按公示价格收费，约定时段上门，24 小时内完成', respondMinutes: 120, resolveMinutes: 1440, paid: true },
    ],
  },
  {
    code: 'GRN',
    name: '绿化养护',
    teamKind: CLEANING,
    items: [
      { code: 'GRN-01', name: '树木修剪', standard: '遮挡采光、妨碍通行的树枝 7 日内修剪', respondMinutes: 120, resolveMinutes: 10080 },
      { code: 'GRN-02', name: '绿地杂草清理', standard: '3 日内清理，保持绿地整洁', respondMinutes: 120, resolveMinutes: 4320 },
      { code: 'GRN-03', name: '枯枝倒树处置', standard: '危及安全的枯枝、倒树 30 分钟内到场围挡，8 小时内清理', respondMinutes: 30, resolveMinutes: 480 },
    ],
  },
  {
    code: 'ORD',
    name: '公共秩序',
    teamKind: PATROL,
    items: [
      { code: 'ORD-01', name: '乱停乱放', standard: '车辆占道、堵门，1 小时内到场劝导挪车', respondMinutes: 60, resolveMinutes: 240 },
      { code: 'ORD-02', name: '噪音扰民', standard: '1 小时内到场劝导', respondMinutes: 60, resolveMinutes: 240 },
      { code: 'ORD-03', name: '占用公共空间', standard: '楼道堆物、私搭乱建，3 日内劝导清理', respondMinutes: 120, resolveMinutes: 4320 },
      { code: 'ORD-04', name: '宠物扰民及粪便', standard: '当日劝导，粪便 2 小时内清理', respondMinutes: 120, resolveMinutes: 480 },
    ],
  },
];
