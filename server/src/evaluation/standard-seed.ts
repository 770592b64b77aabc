import { IndicatorSource, OrderMeasure } from './enums';

export interface IndicatorSpec {
  code: string;
  name: string;
  weight: number;
  source: IndicatorSource;
  method: string;
  /** RESIDENT_RATING: the question residents answer with 1 to 5 stars. */
  question?: string;
  /** WORK_ORDERS: which figure of the orders. */
  measure?: OrderMeasure;
}

export type { OrderMeasure };

export interface DimensionSpec {
  code: string;
  name: string;
  indicators: IndicatorSpec[];
}

export interface GradeSpec {
  grade: string;
  name: string;
  /** The lowest total of this grade. */
  min: number;
  /** What the standard ties to the grade: credit, renewal, fee float. */
  consequence: string;
  feeFloat: string;
  /** A grade that warns against renewing the contract (the owners may vote on it). */
  renewalWarning: boolean;
}

export interface StandardBody {
  title: string;
  dimensions: DimensionSpec[];
  grades: GradeSpec[];
}

const R = IndicatorSource;
const M = OrderMeasure;

/** 莲花街道红岩先锋物业服务标准, first version: 5 dimensions, 20 indicators, 100 points. */
export const STANDARD_V1: StandardBody = {
  title: '莲花街道红岩先锋物业服务标准',
  dimensions: [
    {
      code: 'CONTRACT',
      name: '履约能力',
      indicators: [
        { code: 'C1', name: '人员在岗', weight: 5, source: R.INSPECTION, method: '检查时，合同约定的项目经理、保安、保洁、维修人员在岗的比例乘以分值。' },
        { code: 'C2', name: '合同事项履行', weight: 5, source: R.INSPECTION, method: '检查合同约定的服务事项是否按时完成，缺一项扣1分。' },
        { code: 'C3', name: '收支公示', weight: 4, source: R.INSPECTION, method: '物业费收支和公共收益是否按季度在小区公示，未公示不得分。' },
        { code: 'C4', name: '物业费收缴率', weight: 6, source: R.FEES, method: '收缴率95%及以上得满分，60%及以下不得分，其间按比例计分。' },
      ],
    },
    {
      code: 'RESPONSE',
      name: '响应速度',
      indicators: [
        {
          code: 'R1',
          name: '报修按时响应',
          weight: 7,
          source: R.WORK_ORDERS,
          measure: M.RESPOND_ON_TIME,
          method: '报修在承诺时限（最长2小时）内有人响应的比例乘以分值。',
        },
        {
          code: 'R2',
          name: '报修按时办结',
          weight: 5,
          source: R.WORK_ORDERS,
          measure: M.RESOLVE_ON_TIME,
          method: '已办结的报修中，在承诺时限内办结的比例乘以分值。',
        },
        { code: 'R3', name: '投诉处理', weight: 3, source: R.INSPECTION, method: '检查投诉台账：是否登记、是否回复、是否办结。' },
        {
          code: 'R4',
          name: '居民评响应',
          weight: 5,
          source: R.RESIDENT_RATING,
          method: '居民打1到5颗星，平均星数减1再除以4，乘以分值。',
          question: '报修、投诉以后，物业来得快吗？',
        },
      ],
    },
    {
      code: 'SAFETY',
      name: '公共安全',
      indicators: [
        { code: 'S1', name: '消防设施', weight: 6, source: R.INSPECTION, method: '检查灭火器、消防栓、疏散通道和消防车道，每处问题扣1分。' },
        { code: 'S2', name: '门岗与巡查', weight: 5, source: R.INSPECTION, method: '检查门岗值守、来访登记和夜间巡查记录。' },
        { code: 'S3', name: '设施设备安全', weight: 5, source: R.THIRD_PARTY, method: '第三方检测电梯、二次供水、配电设施的得分。' },
        {
          code: 'S4',
          name: '居民安全感',
          weight: 4,
          source: R.RESIDENT_RATING,
          method: '居民打1到5颗星，平均星数减1再除以4，乘以分值。',
          question: '您觉得小区安全吗？',
        },
      ],
    },
    {
      code: 'ENVIRONMENT',
      name: '环境维护',
      indicators: [
        { code: 'E1', name: '公共区域保洁', weight: 6, source: R.INSPECTION, method: '检查楼道、电梯、道路、垃圾分类点，每处不洁扣1分。' },
        { code: 'E2', name: '绿化养护', weight: 4, source: R.INSPECTION, method: '检查草木修剪、病虫害和黄土裸露。' },
        { code: 'E3', name: '第三方环境测评', weight: 5, source: R.THIRD_PARTY, method: '第三方机构按季度暗访测评的得分。' },
        {
          code: 'E4',
          name: '居民评环境',
          weight: 5,
          source: R.RESIDENT_RATING,
          method: '居民打1到5颗星，平均星数减1再除以4，乘以分值。',
          question: '小区干净整洁吗？',
        },
      ],
    },
    {
      code: 'SATISFACTION',
      name: '居民满意度',
      indicators: [
        {
          code: 'M1',
          name: '综合满意度',
          weight: 6,
          source: R.RESIDENT_RATING,
          method: '居民打1到5颗星，平均星数减1再除以4，乘以分值；同一期不足10户评价时不计分。',
          question: '总的来说，您对物业满意吗？',
        },
        {
          code: 'M2',
          name: '投诉量',
          weight: 5,
          source: R.COMPLAINTS,
          method: '一键投诉和涉及本小区的议事事项，按每百户每年折算：0件满分，3件及以上不得分，其间按比例。',
        },
        { code: 'M3', name: '第三方满意度调查', weight: 5, source: R.THIRD_PARTY, method: '第三方机构入户调查满意度的得分。' },
        { code: 'M4', name: '报修评价', weight: 4, source: R.WORK_ORDERS, measure: M.ORDER_RATING, method: '居民对办结报修的质量评分（1到5颗星）平均后折算。' },
      ],
    },
  ],
  grades: [
    { grade: 'A', name: '优秀', min: 90, consequence: '信用评价加分，优先续约', feeFloat: '可上浮不超过5%', renewalWarning: false },
    { grade: 'B', name: '良好', min: 80, consequence: '正常续约', feeFloat: '维持合同价', renewalWarning: false },
    { grade: 'C', name: '合格', min: 70, consequence: '限期整改，下期复查', feeFloat: '不得上调', renewalWarning: false },
    {
      grade: 'D',
      name: '不合格',
      min: 0,
      consequence: '续约预警：业主可依法表决是否续聘或解聘',
      feeFloat: '下浮5%至10%',
      renewalWarning: true,
    },
  ],
};
