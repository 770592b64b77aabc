import type { EntityManager } from '@mikro-orm/knex';
import type { AuthService } from '../auth';
import type { StaffViewer } from '../common/actor';
import { newCode, RECEIPT_LENGTH } from '../common/codes';
import { chunks } from '../common/csv-table';
import { num } from '../common/sql';
import { Amendment, ArticleComment, ConventionArticle, Breach, type ConventionServices, Convention, BreachOutcome } from '../conventions';
import { GridRole, GridPost } from '../grid';
import { JointUnitKind, type JointMeetings } from '../joint';
import type { VoteServices } from '../votes';
import { Community } from '../register';
import { ServiceTeamKind, createTeam } from '../service-centre';
import { rng } from './rng';

const DAY = 86_400_000;

export const DEMO_CONVENTION_ARTICLES = [
  '装修施工请在工作日8:00-12:00、14:00-18:00进行，节假日不进行产生噪音的施工。',
  '严禁高空抛物、坠物，阳台和窗台不摆放易坠落物品。',
  '机动车、电动车停入划定车位，不占用消防通道和人行道。',
  '文明养犬，出门牵绳，及时清理粪便，不在楼道内饲养。',
  '垃圾分类投放到指定地点，不在楼道和公共区域堆放杂物。',
  '电动车不进楼道、不进电梯，不飞线充电。',
  '爱护电梯、门禁、路灯和绿化等公共设施，损坏照价赔偿。',
  '邻里之间互相尊重、互帮互助，有矛盾先协商，协商不成找楼栋长和社区调解。',
  '不在公共区域晾晒、种菜，不私搭乱建。',
  '居民共同遵守本公约，对违约行为由巡逻组和督导队先行劝导，屡劝不改的报社区处理。',
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['建华', '秀英', '志强', '桂兰', '国庆', '春梅', '德明', '玉珍', '永红', '淑芬', '光明', '丽华', '长青', '凤英', '海燕', '明杰'];
const PLACES = ['楼道', '单元门口', '小区东门停车场', '中心花园', '垃圾分类点', '电梯厅', '消防通道', '人行道'];

export interface DemoPatrolLogin {
  username: string;
  team: string;
}

/**
 * The 云篆山水 public-rental area: its residents' convention through all its stages (two versions,
 * amendments, a passed vote two years ago), two years of breaches the patrols recorded (about 800,
 * down 58% in the second year), the grid of its three communities with 16 building heads, and four
 * quarters of joint meetings of its 10 units with 35 problems solved.
 */
export async function loadDemoConventions(
  em: EntityManager,
  s: { auth: AuthService; conventions: ConventionServices; votes: VoteServices; joint: JointMeetings },
  secretary: StaffViewer,
  street: StaffViewer,
  password: string,
  now = new Date(),
): Promise<{ patrols: DemoPatrolLogin[]; breaches: number }> {
  const rand = rng(58);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const person = () => `${pick([...SURNAMES])}${pick(GIVEN)}`;
  const communities = await em.find(Community, { name: { $like: '云篆山水%' } }, { orderBy: { id: 'asc' } });
  const ids = communities.map((c) => c.id);
  const date = (d: Date) => em.getPlatform().processDateProperty(d);

  // The five patrol teams (银发督导队, 小区巡逻组): members sign in on their phones; no duty roster, so no repair is sent to them.
  const patrols: DemoPatrolLogin[] = [];
  const specs: Array<[number, string, string]> = [
    [0, '银发督导队', 'silver'],
    [0, '小区巡逻组', 'patrol'],
    [1, '银发督导队', 'silver'],
    [1, '小区巡逻组', 'patrol'],
    [2, '银发督导队', 'silver'],
  ];
  const patrolUsers: number[] = [];
  for (const [k, name, tag] of specs) {
    const community = communities[k];
    const teamName = `${community.name.replace('社区', '')}${name}`;
    const username = `patrol-yz${k + 1}-${tag}-1`;
    await createTeam(em, s.auth, {
      communityId: community.id,
      name: teamName,
      kind: ServiceTeamKind.PATROL,
      weekdays: [],
      members: [{ username, displayName: `${teamName}队员`, password }],
    });
    patrols.push({ username, team: teamName });
  }
  for (const p of patrols)
    patrolUsers.push(num((await em.execute<Array<{ id: unknown }>>('select id from staff_user where username = ?', [p.username]))[0].id));

  // 定约: drafted, consulted, amended, voted.
  const buildings = await em.execute<Array<{ id: unknown; community_id: unknown; name: string }>>(
    `select b.id, e.community_id, b.name from building b join estate e on e.id = b.estate_id where e.community_id in (${ids.map(() => '?').join(', ')}) order by b.id`,
    ids,
  );
  const homes = await em.execute<Array<{ id: unknown }>>(
    `select h.id from home h join unit u on u.id = h.unit_id join building b on b.id = u.building_id join estate e on e.id = b.estate_id
      where e.community_id in (${ids.map(() => '?').join(', ')}) order by h.id`,
    ids,
  );
  const homeIds = homes.map((h) => num(h.id));
  const drafted = await s.conventions.drafting.draft(em.fork(), secretary, {
    title: '云篆山水公租房小区居民文明公约',
    communityIds: ids,
    articles: DEMO_CONVENTION_ARTICLES,
  });
  const id = drafted.id;
  await s.conventions.drafting.openConsultation(em.fork(), secretary, id, new Date(now.getTime() + DAY));
  const articles = await em.find(ConventionArticle, { convention: id }, { orderBy: { number: 'asc' } });
  // What residents said, article by article (the numbers are the articles').
  const comments: Array<[number, string]> = [
    [1, '时间写清楚了，好'],
    [1, '希望周末中午也不能施工'],
    [2, '建议在楼道口装摄像头'],
    [3, '停车位不够，请社区想办法'],
    [4, '狗绳要写明长度'],
    [5, '分类点离3栋太远'],
    [6, '电动车充电桩不够，请社区想办法'],
    [8, '支持，有事先找楼栋长'],
    [10, '劝导要文明，先提醒再登记'],
  ];
  for (let i = 0; i < 36; i++) {
    const [n, text] = pick(comments);
    em.create(ArticleComment, { article: articles[n - 1].id, home: pick(homeIds), text, at: now });
  }
  const proposals: Array<[number, string, string, boolean]> = [
    [1, '装修施工请在工作日8:00-12:00、14:00-18:00进行，周末和节假日不进行产生噪音的施工。', '周末也要休息', true],
    [6, '电动车不进楼道、不进电梯，不飞线充电；社区增设集中充电点。', '光禁止不解决问题', true],
    [4, '禁止在小区内养犬。', '有人怕狗', false],
  ];
  const amendments: Amendment[] = [];
  for (const [n, text, reason] of proposals)
    amendments.push(em.create(Amendment, { article: articles[n - 1].id, home: pick(homeIds), text, reason, support: 0, createdAt: now }));
  await em.flush();
  for (const [k, a] of amendments.entries()) {
    const supporters = [...new Set(Array.from({ length: 30 + k * 17 }, () => pick(homeIds)))];
    await em.insertMany(
      'AmendmentSupport',
      supporters.map((home) => ({ amendment: a.id, home })),
    );
    await em.nativeUpdate(Amendment, { id: a.id }, { support: supporters.length });
  }
  for (const [k, a] of amendments.entries())
    await s.conventions.drafting.decide(em.fork(), secretary, a.id, proposals[k][3], proposals[k][3] ? '采纳，写入第2版' : '与养犬管理规定不符，不予采纳');
  await s.conventions.drafting.publish(em.fork(), secretary, id);
  await em.nativeUpdate(Convention, { id }, { consultationClosesAt: new Date(now.getTime() - 60_000) });
  const voting = await s.conventions.drafting.putToVote(em.fork(), secretary, id, new Date(Date.now() + 3_600_000));
  const voteId = voting.vote!.id;
  // About two in three households took part, nine in ten of them for it.
  const electors = await em.execute<Array<{ home_id: unknown; voter_key: string; area_centi_m2: unknown }>>(
    'select home_id, voter_key, area_centi_m2 from vote_elector where vote_id = ?',
    [voteId],
  );
  const voted = electors.filter(() => rand() < 0.66);
  const castAt = new Date(now.getTime() - 25 * 30 * DAY);
  for (const chunk of chunks(voted, 300))
    await em.insertMany(
      'Ballot',
      chunk.map((e) => ({
        vote: voteId,
        voterKey: e.voter_key,
        home: num(e.home_id),
        choice: rand() < 0.9 ? 'YES' : rand() < 0.5 ? 'NO' : 'ABSTAIN',
        areaCentiM2: num(e.area_centi_m2),
        receipt: newCode(RECEIPT_LENGTH),
        castAt,
        channel: 'KIOSK',
      })),
    );
  await s.votes.closing.closeNow(em.fork(), voteId, street);
  // Dated as it happened: consulted 26 months ago, voted 25 months ago.
  const consulted = new Date(now.getTime() - 26 * 30 * DAY);
  const matterId = voting.matter!.id;
  for (const [sql, at] of [
    ['update convention set created_at = ? where id = ?', consulted],
    ['update convention_version set published_at = ? where convention_id = ? and version = 1', consulted],
    ['update convention_version set published_at = ? where convention_id = ? and version = 2', new Date(castAt.getTime() - 7 * DAY)],
    [
      'update article_comment set at = ? where article_id in (select id from convention_article where convention_id = ?)',
      new Date(consulted.getTime() + 5 * DAY),
    ],
    [
      'update amendment set created_at = ? where article_id in (select id from convention_article where convention_id = ?)',
      new Date(consulted.getTime() + 3 * DAY),
    ],
    ['update matter set created_at = ?, resolved_at = created_at where id = ?', new Date(castAt.getTime() - 2 * DAY)],
    ['update matter_event set at = ? where matter_id = ?', castAt],
    ['update vote set opened_at = ?, closes_at = ?, closed_at = ? where id = ?', castAt],
    ['update notice set published_at = ? where matter_id = ?', new Date(castAt.getTime() + 10 * DAY)],
  ] as Array<[string, Date]>) {
    const params = sql.startsWith('update vote ')
      ? [date(castAt), date(new Date(castAt.getTime() + 10 * DAY)), date(new Date(castAt.getTime() + 10 * DAY)), voteId]
      : [date(at), sql.includes('matter_id') || sql.startsWith('update matter ') ? matterId : id];
    await em.execute(sql, params, 'run');
  }

  // 践约: two years of breaches, fewer in the second (down 58%).
  const weights = [0.25, 0.1, 0.28, 0.18, 0.08, 0.05, 0.02, 0.01, 0.02, 0.01];
  const drawArticle = () => {
    let r = rand();
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return articles[i];
    return articles[0];
  };
  const breaches: Array<Record<string, unknown>> = [];
  for (let day = 730; day > 0; day--) {
    const perDay = day > 365 ? 1.55 : 0.65;
    for (let k = Math.floor(perDay + rand()); k > 0; k--) {
      const b = pick(buildings);
      const r = rand();
      breaches.push({
        convention: id,
        article: drawArticle().id,
        community: num(b.community_id),
        building: num(b.id),
        place: `${b.name}${pick(PLACES)}`,
        outcome: r < 0.88 ? BreachOutcome.PERSUADED : r < 0.96 ? BreachOutcome.REPEATED : BreachOutcome.REFERRED,
        note: null,
        recordedBy: pick(patrolUsers),
        at: new Date(now.getTime() - day * DAY + (8 + rand() * 12) * 3_600_000),
      });
    }
  }
  for (const chunk of chunks(breaches, 400)) await em.insertMany(Breach, chunk as never[]);

  // The grid: per community a grid head, two party group heads, building heads (16 in all) with their member households and volunteers.
  let heads = 0;
  for (const [k, c] of communities.entries()) {
    const gridHead = em.create(GridPost, {
      role: GridRole.GRID_HEAD,
      name: person(),
      community: c.id,
      area: `${c.name}网格`,
      phone: `1390000${String(k).padStart(4, '0')}`,
    });
    const groups = [1, 2].map((g) =>
      em.create(GridPost, { role: GridRole.PARTY_GROUP_HEAD, name: person(), community: c.id, area: `第${g}党小组`, parent: gridHead }),
    );
    const own = buildings.filter((b) => num(b.community_id) === c.id).slice(0, k === 0 ? 6 : 5);
    for (const [i, b] of own.entries()) {
      heads++;
      const head = em.create(GridPost, {
        role: GridRole.BUILDING_HEAD,
        name: person(),
        community: c.id,
        building: num(b.id),
        parent: groups[i % 2],
        phone: `1391${String(heads).padStart(7, '0')}`,
      });
      const member = em.create(GridPost, { role: GridRole.MEMBER_HOUSEHOLD, name: person(), community: c.id, building: num(b.id), parent: head });
      em.create(GridPost, { role: GridRole.VOLUNTEER, name: person(), community: c.id, building: num(b.id), parent: member });
    }
  }
  await em.flush();

  // 联席会议: the 10 units, the last four quarters, 35 problems solved and a few still open.
  const unitSpecs: Array<[string, JointUnitKind]> = [
    ...communities.map((c) => [c.name, JointUnitKind.COMMUNITY] as [string, JointUnitKind]),
    ['云篆小学', JointUnitKind.SCHOOL],
    ['莲花社区卫生服务中心', JointUnitKind.CLINIC],
    ['莲花派出所', JointUnitKind.POLICE],
    ['重庆市公租房管理局物业', JointUnitKind.PROPERTY_COMPANY],
    ['巴南区城市管理局', JointUnitKind.DISTRICT_DEPARTMENT],
    ['巴南区人民法院', JointUnitKind.DISTRICT_DEPARTMENT],
    ['巴南区司法局', JointUnitKind.DISTRICT_DEPARTMENT],
  ];
  const units = [];
  for (const [name, kind] of unitSpecs) units.push(await s.joint.addUnit(em.fork(), street, name, kind));
  const titles = [
    '校园周边游摊乱象',
    '人行道摩托车违停',
    '部分区域照明不足',
    '公交站台无遮雨棚',
    '快递包裹堆放占道',
    '夜间广场舞噪音',
    '独居老人就医不便',
    '学校上下学拥堵',
    '楼道消防器材缺失',
    '流浪犬伤人隐患',
    '租户矛盾纠纷多',
    '电动车充电难',
  ];
  const quarterOf = (d: Date) => {
    const b = new Date(d.getTime() + 8 * 3_600_000);
    return `${b.getUTCFullYear()}-Q${Math.floor(b.getUTCMonth() / 3) + 1}`;
  };
  // Each problem's solving is planned when it is raised: most within a quarter, some carried over once or twice; the newest five stay open.
  const problems: Array<{ id: number; solveAt: Date | null; done: boolean }> = [];
  const solveDue = async (before: Date) => {
    for (const p of problems.filter((x) => !x.done && x.solveAt && x.solveAt < before)) {
      await s.joint.solve(em.fork(), street, p.id, '牵头单位协同各方解决，已回访群众。');
      await em.execute('update joint_problem set solved_at = ? where id = ?', [date(p.solveAt!), p.id], 'run');
      p.done = true;
    }
  };
  for (let q = 4; q >= 1; q--) {
    const heldAt = new Date(now.getTime() - q * 91 * DAY + 10 * DAY);
    await solveDue(heldAt);
    const meeting = await s.joint.recordMeeting(
      em.fork(),
      street,
      quarterOf(heldAt),
      heldAt,
      units
        .filter(() => rand() < 0.85)
        .map((u) => u.id)
        .concat(units[0].id, units[6].id),
      '通报片区情况，研究解决群众反映的难点问题；邀请区级部门现场办公。',
    );
    for (let i = 0; i < 10; i++) {
      const lead = pick(units.slice(3));
      const p = await s.joint.addProblem(em.fork(), street, {
        meetingId: meeting.id,
        title: `${titles[(q * 10 + i) % titles.length]}`,
        leadUnitId: lead.id,
        partnerIds: [pick(units).id, units[6].id],
        dueBy: new Date(heldAt.getTime() + (30 + rand() * 45) * DAY),
      });
      const open = q === 1 && i >= 5;
      const days = i === 0 && q > 2 ? 100 + rand() * 60 : 20 + rand() * 55;
      problems.push({ id: p.id, solveAt: open ? null : new Date(heldAt.getTime() + days * DAY), done: false });
    }
  }
  await solveDue(now);
  return { patrols, breaches: breaches.length };
}
