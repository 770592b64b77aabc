import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { chunks, readCsvTable } from '../common/csv-table';
import type { AppPubSub } from '../common/pubsub';
import { actsFor } from '../common/guards';
import type { StaffViewer } from '../common/actor';
import { Building } from './building.entity';
import { Community } from './community.entity';
import { Estate } from './estate.entity';
import { Home } from './home.entity';
import { Unit } from './unit.entity';

export const IMPORT_COLUMNS = ['community', 'estate', 'building', 'unit', 'floor', 'room', 'area_m2', 'owner_key'] as const;
/** The header row of a register file, as the import expects it and every example shows it. */
export const IMPORT_HEADER = IMPORT_COLUMNS.join(',');
/** A whole sub-district's register in one file (Lianhua has about 17,000 homes; the benchmark imports 100,000). */
const HOME_IMPORT_MAX_LINES = 200_000;
const MAX_AREA_CENTI_M2 = 10_000 * 100;
const MAX_LINES_REPORTED = 1000;

export interface ImportLineError {
  line: number;
  message: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  errors: ImportLineError[];
}

interface Row {
  line: number;
  community: string;
  estate: string;
  building: string;
  unit: string;
  floor: number;
  room: string;
  areaCentiM2: number;
  ownerKey: string;
}

/** "12.5" -> 1250 without floating point; null when not a positive number with at most two decimals. */
export function parseAreaCentiM2(text: string): number | null {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const value = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return value > 0 ? value : null;
}

const NAME_MAX = 100;

/**
 * The register import: all or nothing. Lines are validated first; with any error nothing is
 * written. Otherwise estates, buildings, units and homes are matched by name within their parent,
 * created where missing, and homes whose floor, area or owner changed are updated, in one
 * transaction. Bulk statements keep a 100,000-line file within seconds.
 */
export class ImportService {
  constructor(
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
  ) {}

  async importHomes(em: EntityManager, viewer: StaffViewer, csv: string): Promise<ImportReport> {
    const { rows, errors } = this.parse(csv);
    if (errors.length === 0 && rows.length === 0) errors.push({ line: 1, message: 'The file has no homes' });

    const communityNames = [...new Set(rows.map((r) => r.community))];
    const communities = communityNames.length ? await em.find(Community, { name: { $in: communityNames } }, { fields: ['id', 'name'] }) : [];
    const communityByName = new Map(communities.map((c) => [c.name, c.id]));
    for (const r of rows) {
      const id = communityByName.get(r.community);
      if (id === undefined) errors.push({ line: r.line, message: `Unknown community "${r.community}"` });
      else if (!actsFor(viewer, id)) errors.push({ line: r.line, message: `Community "${r.community}" is not one you act for` });
    }
    if (errors.length) {
      errors.sort((a, b) => a.line - b.line);
      return { created: 0, updated: 0, errors: errors.slice(0, MAX_LINES_REPORTED) };
    }

    const report = await em.transactional(async (tx): Promise<ImportReport> => {
      const estateIds = await this.ensureNames(
        tx,
        Estate,
        'community',
        rows.map((r) => [communityByName.get(r.community)!, r.estate]),
      );
      const estateKey = (r: Row) => `${communityByName.get(r.community)}\u0000${r.estate}`;
      const buildingIds = await this.ensureNames(
        tx,
        Building,
        'estate',
        rows.map((r) => [estateIds.get(estateKey(r))!, r.building]),
      );
      const buildingKey = (r: Row) => `${estateIds.get(estateKey(r))}\u0000${r.building}`;
      const unitIds = await this.ensureNames(
        tx,
        Unit,
        'building',
        rows.map((r) => [buildingIds.get(buildingKey(r))!, r.unit]),
      );
      const unitOf = (r: Row) => unitIds.get(`${buildingIds.get(buildingKey(r))}\u0000${r.unit}`)!;

      const unitIdList = [...new Set(rows.map(unitOf))];
      const existing = new Map<string, { id: number; floor: number; areaCentiM2: number; ownerKey: string }>();
      for (const chunk of chunks(unitIdList, 5000)) {
        const found = await tx
          .createQueryBuilder(Home, 'h')
          .select(['h.id', 'h.unit', 'h.room', 'h.floor', 'h.areaCentiM2', 'h.ownerKey'])
          .where({ unit: { $in: chunk } })
          .execute<{ id: number; unit: number; room: string; floor: number; areaCentiM2: number; ownerKey: string }[]>('all', true);
        for (const h of found) existing.set(`${h.unit}\u0000${h.room}`, h);
      }

      const inserts: Array<Pick<Home, 'floor' | 'room' | 'areaCentiM2' | 'ownerKey'> & { unit: number }> = [];
      const updates: Array<{ id: number; floor: number; areaCentiM2: number; ownerKey: string }> = [];
      for (const r of rows) {
        const unit = unitOf(r);
        const old = existing.get(`${unit}\u0000${r.room}`);
        if (!old) inserts.push({ unit, floor: r.floor, room: r.room, areaCentiM2: r.areaCentiM2, ownerKey: r.ownerKey });
        else if (old.floor !== r.floor || old.areaCentiM2 !== r.areaCentiM2 || old.ownerKey !== r.ownerKey) {
          updates.push({ id: old.id, floor: r.floor, areaCentiM2: r.areaCentiM2, ownerKey: r.ownerKey });
        }
      }
      for (const chunk of chunks(inserts, 500)) await tx.insertMany(Home, chunk as never);
      for (const u of updates) {
        await tx.nativeUpdate(Home, { id: u.id }, { floor: u.floor, areaCentiM2: u.areaCentiM2, ownerKey: u.ownerKey });
      }
      await this.audit.append(tx, viewer, 'importHomes', null, { lines: rows.length, created: inserts.length, updated: updates.length });
      return { created: inserts.length, updated: updates.length, errors: [] };
    });
    if (report.created || report.updated) {
      for (const communityId of new Set(communityByName.values())) this.pubSub.publish('COMMUNITY_CHANGED', { communityId });
    }
    return report;
  }

  /** Ids of (parent, name) pairs, inserting the missing ones. Keys are `${parentId}\0${name}`. */
  private async ensureNames(
    tx: EntityManager,
    entity: typeof Estate | typeof Building | typeof Unit,
    parentField: 'community' | 'estate' | 'building',
    pairs: Array<[number, string]>,
  ): Promise<Map<string, number>> {
    const wanted = new Map<string, [number, string]>();
    for (const [parent, name] of pairs) wanted.set(`${parent}\u0000${name}`, [parent, name]);
    const parents = [...new Set(pairs.map(([p]) => p))];
    const ids = new Map<string, number>();
    const load = async () => {
      for (const chunk of chunks(parents, 5000)) {
        const found = await tx
          .createQueryBuilder(entity as typeof Estate, 'x')
          .select(['x.id', `x.${parentField}`, 'x.name'] as never)
          .where({ [parentField]: { $in: chunk } } as never)
          .execute<Array<Record<string, unknown>>>('all', true);
        for (const row of found) ids.set(`${row[parentField]}\u0000${row.name}`, row.id as number);
      }
    };
    await load();
    const missing = [...wanted.entries()].filter(([key]) => !ids.has(key)).map(([, [parent, name]]) => ({ [parentField]: parent, name }));
    if (missing.length) {
      for (const chunk of chunks(missing, 500)) await tx.insertMany(entity as typeof Estate, chunk as never);
      await load();
    }
    return ids;
  }

  parse(csv: string): { rows: Row[]; errors: ImportLineError[] } {
    const read = readCsvTable(csv, IMPORT_COLUMNS, { maxLines: HOME_IMPORT_MAX_LINES });
    if (read.errors.length) return { rows: [], errors: read.errors };
    const errors: ImportLineError[] = [];
    const rows: Row[] = [];
    const seenRooms = new Map<string, number>();
    for (const l of read.lines) {
      const line = l.line;
      const v = l.get;
      const problems: string[] = [];
      const empty = IMPORT_COLUMNS.filter((c) => v(c) === '');
      if (empty.length) problems.push(`missing ${empty.join(', ')}`);
      for (const c of ['community', 'estate', 'building', 'unit'] as const) {
        if (v(c).length > NAME_MAX) problems.push(`${c} is longer than ${NAME_MAX} characters`);
      }
      if (v('room').length > 20) problems.push('room is longer than 20 characters');
      if (v('owner_key').length > 64) problems.push('owner_key is longer than 64 characters');
      const floorText = v('floor');
      const floor = /^-?\d{1,3}$/.test(floorText) ? Number(floorText) : NaN;
      if (floorText !== '' && (!Number.isInteger(floor) || floor < -10 || floor > 200))
        problems.push(`floor "${floorText}" is not a whole number from -10 to 200`);
      const areaText = v('area_m2');
      const area = parseAreaCentiM2(areaText);
      if (areaText !== '') {
        if (area === null) problems.push(`area_m2 "${areaText}" is not a positive number with at most two decimals`);
        else if (area > MAX_AREA_CENTI_M2) problems.push(`area_m2 ${areaText} is over 10,000 m²`);
      }
      if (problems.length === 0) {
        const roomKey = [v('community'), v('estate'), v('building'), v('unit'), v('room')].join('\u0000');
        const first = seenRooms.get(roomKey);
        if (first !== undefined) problems.push(`room ${v('room')} appears twice in this unit (also line ${first})`);
        else seenRooms.set(roomKey, line);
      }
      if (problems.length) {
        errors.push({ line, message: problems.join('; ') });
        continue;
      }
      rows.push({
        line,
        community: v('community'),
        estate: v('estate'),
        building: v('building'),
        unit: v('unit'),
        floor,
        room: v('room'),
        areaCentiM2: area!,
        ownerKey: v('owner_key'),
      });
    }
    return { rows, errors };
  }
}
