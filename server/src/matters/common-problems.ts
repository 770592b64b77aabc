import { Field, ID, ObjectType } from 'type-graphql';
import { MatterCategory } from './enums';

/**
 * The problems residents raise most often, per category: one tap at the kiosk makes a matter
 * whose title is the problem and its place, so nobody has to type. The last of each category is
 * its general entry ("something else"), for which words are welcome but not required.
 */
@ObjectType({ description: 'A problem residents often raise; its title becomes the matter title.' })
export class CommonProblem {
  @Field(() => ID, { description: 'Stable key, kept on the matter.' })
  id!: string;

  @Field(() => MatterCategory)
  category!: MatterCategory;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  titleEn!: string;

  @Field(() => Boolean, { description: 'The category’s catch-all entry: the resident may add words.' })
  general!: boolean;
}

type Entry = [id: string, title: string, titleEn: string];

const LIST: Record<MatterCategory, Entry[]> = {
  ELEVATOR: [
    ['ELEVATOR_INSTALL', '申请加装电梯', 'Request a new lift'],
    ['ELEVATOR_BROKEN', '电梯故障停运', 'Lift out of order'],
    ['ELEVATOR_TRAPPED', '电梯困人隐患', 'Lift traps people'],
    ['ELEVATOR_NOISE', '电梯运行异响', 'Lift makes noise'],
  ],
  PARKING: [
    ['PARKING_BLOCKED', '消防通道被占用', 'Fire lane blocked'],
    ['PARKING_SHORTAGE', '停车位不够用', 'Too few parking spaces'],
    ['PARKING_EBIKE', '电动车充电难', 'Nowhere to charge e-bikes'],
    ['PARKING_ZOMBIE', '僵尸车长期占位', 'Abandoned car takes a space'],
  ],
  FEES: [
    ['FEES_PROPERTY', '物业费收费有疑问', 'Question about property fees'],
    ['FEES_PUBLIC_INCOME', '公共收益不公开', 'Shared income not published'],
    ['FEES_UTILITIES', '公摊水电费偏高', 'Shared utility charges too high'],
  ],
  FUNDRAISING: [
    ['FUNDRAISING_REPAIR_FUND', '申请使用维修资金', 'Use the repair fund'],
    ['FUNDRAISING_COST_SHARE', '维修费用分摊', 'Share a repair cost'],
  ],
  ENVIRONMENT: [
    ['ENVIRONMENT_RUBBISH', '垃圾清运不及时', 'Rubbish not collected'],
    ['ENVIRONMENT_STAIRS', '楼道堆放杂物', 'Clutter in the stairwell'],
    ['ENVIRONMENT_GREEN', '绿化带无人打理', 'Green strip neglected'],
    ['ENVIRONMENT_DRAIN', '下水道堵塞', 'Drain blocked'],
  ],
  SAFETY: [
    ['SAFETY_LIGHT', '楼道灯不亮', 'Stairwell light out'],
    ['SAFETY_THROWING', '高空抛物', 'Things thrown from height'],
    ['SAFETY_WIRES', '飞线充电隐患', 'Dangerous charging cables'],
    ['SAFETY_EXTINGUISHER', '消防器材缺失', 'Fire equipment missing'],
  ],
  REPAIR: [
    ['REPAIR_LEAK', '屋顶或外墙漏水', 'Roof or wall leaks'],
    ['REPAIR_WATER_PIPE', '公共水管漏水', 'Shared water pipe leaks'],
    ['REPAIR_DOOR', '单元门损坏', 'Entrance door broken'],
    ['REPAIR_ROAD', '路面破损', 'Path damaged'],
  ],
  NEIGHBOURS: [
    ['NEIGHBOURS_NOISE', '装修或噪音扰民', 'Noise from renovation'],
    ['NEIGHBOURS_DOGS', '不文明养犬', 'Dogs off the lead'],
    ['NEIGHBOURS_SEEPAGE', '楼上渗水', 'Water from the flat above'],
  ],
  CONVENTION: [['CONVENTION_PROPOSE', '建议修改居民公约', 'Propose a change to the convention']],
  PROPERTY: [
    ['PROPERTY_SERVICE', '物业服务不到位', 'Property service falls short'],
    ['PROPERTY_RENEWAL', '表决是否续聘物业', "Vote on renewing the company's contract"],
    ['PROPERTY_STAFF', '物业人员态度差', 'Property staff are rude'],
  ],
  OTHER: [],
};

const GENERAL: Record<MatterCategory, [string, string]> = {
  ELEVATOR: ['电梯的其他问题', 'Another lift matter'],
  PARKING: ['停车的其他问题', 'Another parking matter'],
  FEES: ['收费的其他问题', 'Another fees matter'],
  FUNDRAISING: ['筹资的其他问题', 'Another funding matter'],
  ENVIRONMENT: ['环境卫生的其他问题', 'Another environment matter'],
  SAFETY: ['安全的其他问题', 'Another safety matter'],
  REPAIR: ['维修的其他问题', 'Another repair'],
  NEIGHBOURS: ['邻里的其他问题', 'Another neighbour matter'],
  CONVENTION: ['公约的其他问题', 'Another convention matter'],
  PROPERTY: ['物业的其他问题', 'Another property matter'],
  OTHER: ['其他问题', 'Something else'],
};

export const COMMON_PROBLEMS: readonly CommonProblem[] = Object.values(MatterCategory).flatMap((category) => [
  ...LIST[category].map(([id, title, titleEn]) => ({ id, category, title, titleEn, general: false })),
  { id: `${category}_GENERAL`, category, title: GENERAL[category][0], titleEn: GENERAL[category][1], general: true },
]);

const BY_ID = new Map(COMMON_PROBLEMS.map((p) => [p.id, p]));

export function commonProblem(id: string): CommonProblem | undefined {
  return BY_ID.get(id);
}

export function commonProblemsOf(category?: MatterCategory | null): CommonProblem[] {
  return COMMON_PROBLEMS.filter((p) => !category || p.category === category);
}
