import type { EntityManager } from '@mikro-orm/knex';
import { HomeCredential, hashSecret, type AuthService, StaffUser } from '../auth';
import { Role } from '../common/role';
import type { StaffViewer } from '../common/actor';
import { Branch, Community, Estate, Home, IMPORT_HEADER, type ImportService, Pavilion, PropertyCompany } from '../register';
import { type EvaluationServices } from '../evaluation';
import { loadDemoHistory } from './history';
import { loadDemoOrders, loadDemoTeams, type DemoTeamLogin } from './service-centre';
import { rng } from './rng';
import { ARTICLE_ESTATE, loadDemoEvaluation } from './evaluation';
import { loadDemoConventions, type DemoPatrolLogin } from './conventions';
import { openDemoConsultation, openDemoVote } from './try-at-once';
import type { ConventionServices } from '../conventions';
import type { JointMeetings } from '../joint';
import type { VoteServices } from '../votes';
import type { MatterServices } from '../matters';

/**
 * The demo register of Lianhua sub-district: the communities the article names and others to
 * make 87 pavilions, 41 estates with property companies, 331 old buildings without one grouped in
 * areas, and homes with owners of several homes and developers' unsold homes. Deterministic: the
 * same seed gives the same register.
 */

interface CommunitySpec {
  name: string;
  short: string;
  /** Latin letters for demo user names. */
  tag?: string;
  branch: string;
  estates: number;
  oldBuildings: number;
  publicRental?: boolean;
}

const COMMUNITIES: CommunitySpec[] = [
  { name: '万泉街社区', tag: 'wqj', short: '万泉街', branch: '万泉街社区党委', estates: 2, oldBuildings: 74 },
  { name: '乌洋街社区', tag: 'wyj', short: '乌洋街', branch: '乌洋街社区党委', estates: 2, oldBuildings: 70 },
  { name: '花土湾社区', short: '花土湾', branch: '花土湾社区党委', estates: 6, oldBuildings: 0 },
  { name: '云篆山水一社区', short: '云篆一', branch: '云篆山水公租房片区党委', estates: 2, oldBuildings: 0, publicRental: true },
  { name: '云篆山水二社区', short: '云篆二', branch: '云篆山水公租房片区党委', estates: 2, oldBuildings: 0, publicRental: true },
  { name: '云篆山水三社区', short: '云篆三', branch: '云篆山水公租房片区党委', estates: 2, oldBuildings: 0, publicRental: true },
  { name: '莲花社区', tag: 'lh', short: '莲花', branch: '莲花社区党委', estates: 4, oldBuildings: 65 },
  { name: '红星社区', tag: 'hx', short: '红星', branch: '红星社区党委', estates: 3, oldBuildings: 62 },
  { name: '金竹社区', tag: 'jz', short: '金竹', branch: '金竹社区党委', estates: 3, oldBuildings: 60 },
  { name: '龙洲湾社区', short: '龙洲湾', branch: '龙洲湾社区党委', estates: 6, oldBuildings: 0 },
  { name: '松子湾社区', short: '松子湾', branch: '松子湾社区党委', estates: 6, oldBuildings: 0 },
  { name: '盛世社区', short: '盛世', branch: '盛世社区党委', estates: 3, oldBuildings: 0 },
];
export const DEMO_PAVILIONS = 87;
export const DEMO_STAFF_PASSWORD = 'lianhua2026';

// 花土湾 gets 宏源花园, the estate the article follows.
const ESTATE_NAMES = [
  '金色家园',
  '锦绣华庭',
  '翠湖苑',
  '阳光城',
  '宏源花园',
  '龙湾名邸',
  '松林雅居',
  '紫薇花园',
  '书香苑',
  '滨江一号',
  '和美家园',
  '丽景湾',
  '山水人家',
  '嘉禾苑',
  '康乐小区',
  '泰和园',
];
const COMPANIES = [
  '重庆渝安物业',
  '巴南城市物业',
  '莲花宜居物业',
  '金科物业',
  '龙湖物业',
  '华宇物业',
  '山城安居物业',
  '巴渝家园物业',
  '渝南物业',
  '宏源物业服务',
];
const DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export interface DemoRegister {
  csv: string;
  estates: Array<{ community: string; name: string; propertyCompany: string | null }>;
  homes: number;
}

export function demoRegister(seed = 2026): DemoRegister {
  const rand = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const lines = [IMPORT_HEADER];
  const estates: DemoRegister['estates'] = [];
  let owner = 0;
  let estateNo = 0;
  let homes = 0;

  const addBuilding = (c: CommunitySpec, estate: string, building: string, floors: number, units: number, perFloor: number, keyFor: () => string) => {
    for (let u = 1; u <= units; u++) {
      for (let f = 1; f <= floors; f++) {
        for (let r = 1; r <= perFloor; r++) {
          const area = int(4000, 16000) + (rand() < 0.5 ? 0 : int(1, 99));
          const cents = String(area % 100).padStart(2, '0');
          lines.push(`${c.name},${estate},${building},${u}单元,${f},${f}0${r},${Math.floor(area / 100)}.${cents},${keyFor()}`);
          homes++;
        }
      }
    }
  };

  for (const c of COMMUNITIES) {
    for (let e = 0; e < c.estates; e++) {
      const name = c.publicRental
        ? `云篆山水公租房${c.short.slice(-1)}${String.fromCharCode(65 + e)}区`
        : ESTATE_NAMES[estateNo++ % ESTATE_NAMES.length] + (estateNo > ESTATE_NAMES.length ? `${Math.ceil(estateNo / ESTATE_NAMES.length)}期` : '');
      estates.push({ community: c.name, name, propertyCompany: c.publicRental ? '重庆市公租房管理局物业' : COMPANIES[int(0, COMPANIES.length - 1)] });
      const developer = `DEV-${c.short}-${e + 1}`;
      let lastOwner = '';
      // Tenants of public rental homes own nothing: the housing authority is the one owner.
      const keyFor = c.publicRental
        ? () => `PUBLIC-RENTAL-${c.short}`
        : () => {
            const x = rand();
            if (x < 0.03) return developer;
            if (x < 0.08 && lastOwner) return lastOwner;
            lastOwner = `O${String(++owner).padStart(6, '0')}`;
            return lastOwner;
          };
      const buildings = int(3, 6);
      for (let b = 1; b <= buildings; b++) addBuilding(c, name, `${b}栋`, int(11, 18), int(1, 2), int(2, 4), keyFor);
    }
    if (c.oldBuildings) {
      const perArea = 12;
      for (let b = 0; b < c.oldBuildings; b++) {
        const area = `${c.short}老旧楼栋${DIGITS[Math.floor(b / perArea)] ?? Math.floor(b / perArea) + 1}片区`;
        if (b % perArea === 0) estates.push({ community: c.name, name: area, propertyCompany: null });
        let lastOwner = '';
        addBuilding(c, area, `${c.short}路${b + 1}号`, int(5, 7), int(1, 2), 2, () => {
          if (rand() < 0.06 && lastOwner) return lastOwner;
          lastOwner = `O${String(++owner).padStart(6, '0')}`;
          return lastOwner;
        });
      }
    }
  }
  return { csv: lines.join('\n') + '\n', estates, homes };
}

export interface DemoLogin {
  username: string;
  password: string;
  role: Role;
  scope: string;
}

export interface DemoResident {
  homeCode: string;
  pin: string;
  home: string;
}

/** Loads the demo register, pavilions, staff and a few resident credentials into an empty database. */
export async function loadDemoData(
  em: EntityManager,
  services: {
    auth: AuthService;
    register: ImportService;
    evaluation: EvaluationServices;
    conventions: ConventionServices;
    votes: VoteServices;
    joint: JointMeetings;
    matters: MatterServices;
  },
): Promise<{
  logins: DemoLogin[];
  teamLogins: DemoTeamLogin[];
  patrolLogins: DemoPatrolLogin[];
  residents: DemoResident[];
  homes: number;
  pavilions: number;
  matters: number;
  workOrders: number;
}> {
  const reg = demoRegister();
  const branches = new Map<string, Branch>();
  for (const c of COMMUNITIES) {
    let branch = branches.get(c.branch);
    if (!branch) {
      branch = em.create(Branch, { name: c.branch });
      branches.set(c.branch, branch);
    }
    em.create(Community, { name: c.name, branch });
  }
  await em.flush();
  const communities = await em.find(Community, {}, { orderBy: { id: 'asc' } });

  let pavilionNo = 0;
  const base = Math.floor(DEMO_PAVILIONS / communities.length);
  const extra = DEMO_PAVILIONS - base * communities.length;
  communities.forEach((community, i) => {
    const spec = COMMUNITIES.find((c) => c.name === community.name)!;
    for (let p = 1; p <= base + (i < extra ? 1 : 0); p++) {
      pavilionNo++;
      em.create(Pavilion, { name: `${spec.short}${p}号莲心亭`, community });
    }
  });
  await em.flush();

  const everyone: StaffViewer = { kind: 'staff', userId: 0, role: Role.STREET_ADMIN, displayName: 'demo', communityIds: 'ALL' };
  const report = await services.register.importHomes(em, everyone, reg.csv);
  if (report.errors.length) throw new Error(`demo register did not import: ${JSON.stringify(report.errors.slice(0, 3))}`);
  const companies = new Map<string, PropertyCompany>();
  for (const name of new Set(reg.estates.map((e) => e.propertyCompany).filter((n): n is string => !!n)))
    companies.set(name, em.create(PropertyCompany, { name }));
  await em.flush();
  for (const e of reg.estates) {
    if (e.propertyCompany) await em.nativeUpdate(Estate, { name: e.name, community: { name: e.community } }, { company: companies.get(e.propertyCompany)!.id });
  }
  // Each pavilion stands in one of its community's estates, in turn.
  for (const community of communities) {
    const estates = await em.find(Estate, { community }, { orderBy: { id: 'asc' } });
    const pavilions = await em.find(Pavilion, { community }, { orderBy: { id: 'asc' } });
    if (estates.length) pavilions.forEach((p, i) => (p.estate = em.getReference(Estate, estates[i % estates.length].id, { wrapped: true })));
  }
  await em.flush();

  const logins: DemoLogin[] = [{ username: 'street', password: DEMO_STAFF_PASSWORD, role: Role.STREET_ADMIN, scope: '莲花街道' }];
  const streetUser = await services.auth.createStaff(em, {
    username: 'street',
    password: DEMO_STAFF_PASSWORD,
    role: Role.STREET_ADMIN,
    displayName: '街道工作人员',
  });
  const staffFor: Array<[string, string, string]> = [
    ['wqj', '万泉街社区', '万泉街社区党委'],
    ['htw', '花土湾社区', '花土湾社区党委'],
    ['yz', '云篆山水一社区', '云篆山水公租房片区党委'],
  ];
  for (const [tag, communityName, branchName] of staffFor) {
    const community = communities.find((c) => c.name === communityName)!;
    const branch = branches.get(branchName)!;
    await services.auth.createStaff(em, {
      username: `office-${tag}`,
      password: DEMO_STAFF_PASSWORD,
      role: Role.OFFICE,
      displayName: `${communityName}社区办`,
      communityId: community.id,
    });
    await services.auth.createStaff(em, {
      username: `secretary-${tag}`,
      password: DEMO_STAFF_PASSWORD,
      role: Role.SECRETARY,
      displayName: `${branchName}书记`,
      branchId: branch.id,
    });
    logins.push({ username: `office-${tag}`, password: DEMO_STAFF_PASSWORD, role: Role.OFFICE, scope: communityName });
    logins.push({ username: `secretary-${tag}`, password: DEMO_STAFF_PASSWORD, role: Role.SECRETARY, scope: branchName });
  }

  // Three homes of one unit in 万泉街 with known credentials, so a vote can be tried at once.
  const demoHomes = await em.find(
    Home,
    { unit: { building: { estate: { community: { name: '万泉街社区' }, company: null } } } },
    { orderBy: { id: 'asc' }, limit: 3, populate: ['unit.building.estate.community'] },
  );
  // And one in 宏源花园, to rate its property company and complain.
  const estateHome = await em.findOneOrFail(
    Home,
    { unit: { building: { estate: { name: ARTICLE_ESTATE } } } },
    { orderBy: { id: 'asc' }, populate: ['unit.building.estate.community'] },
  );
  demoHomes.push(estateHome);
  const residents: DemoResident[] = [];
  for (const [i, home] of demoHomes.entries()) {
    const homeCode = String(20260001 + i);
    const pin = ['135790', '246802', '369258', '480246'][i];
    em.create(HomeCredential, { home, homeCode, pinHash: await hashSecret(pin) });
    // Where the home is, as its resident would say it: community, estate, building, unit and room.
    const building = home.unit.unwrap().building.unwrap();
    const estate = building.estate.unwrap();
    residents.push({ homeCode, pin, home: `${estate.community.unwrap().name} ${estate.name} ${building.name} ${home.unit.unwrap().name} ${home.room}` });
  }
  await em.flush();
  const matters = await loadDemoHistory(em);
  // The service centre works for the communities with old buildings and no property company.
  const withTeams = COMMUNITIES.filter((c) => c.oldBuildings > 0).map((c) => ({ community: communities.find((x) => x.name === c.name)!, tag: c.tag! }));
  const teamLogins = await loadDemoTeams(em, withTeams, DEMO_STAFF_PASSWORD);
  const workOrders = await loadDemoOrders(em);
  const street: StaffViewer = { kind: 'staff', userId: streetUser.id, role: Role.STREET_ADMIN, displayName: streetUser.displayName, communityIds: 'ALL' };
  await services.evaluation.standards.ensureSeeded(em);
  await loadDemoEvaluation(em, services.evaluation, street);
  const yz = communities.filter((c) => c.name.startsWith('云篆山水'));
  const secretaryYz = await em.findOneOrFail(StaffUser, { username: 'secretary-yz' });
  const secretary: StaffViewer = {
    kind: 'staff',
    userId: secretaryYz.id,
    role: Role.SECRETARY,
    displayName: secretaryYz.displayName,
    communityIds: yz.map((c) => c.id),
  };
  const { patrols } = await loadDemoConventions(em, services, secretary, street, DEMO_STAFF_PASSWORD);
  const wqj = communities.find((c) => c.name === '万泉街社区')!;
  await openDemoVote(em, services, demoHomes[0].id, wqj.id);
  await openDemoConsultation(em, services.conventions, communities.find((c) => c.name === '花土湾社区')!.id);
  return { logins, teamLogins, patrolLogins: patrols, residents, homes: reg.homes, pavilions: pavilionNo, matters, workOrders };
}
