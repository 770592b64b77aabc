import { describe, expect, it } from 'vitest';
import { actionWords, detailLines, roleWords } from '../src/lib/audit-words';
import { CATEGORIES_IN_ORDER } from '../src/lib/categories';
import { formatPeriod, formatTime, minutesUntil } from '../src/lib/format';
import { en } from '../src/messages/en';
import { zhCN } from '../src/messages/zh-CN';

/** What people read instead of machine text: times, periods, the audit log. */
describe('words for people', () => {
  it('shows a UTC time in Beijing time as people write it', () => {
    expect(formatTime('2026-12-05T11:30:00.000Z', 'zh-CN')).toBe('2026年12月5日 19:30');
    expect(formatTime('2026-12-31T16:05:00.000Z', 'zh-CN')).toBe('2027年1月1日 00:05');
    expect(formatTime('2026-12-05T11:30:00.000Z', 'en')).toMatch(/5 Dec 2026.*19:30/);
  });

  it('names periods in words, never by their code', () => {
    expect(formatPeriod('2026-Q3', 'zh-CN')).toBe('2026年第三季度');
    expect(formatPeriod('2026-10', 'zh-CN')).toBe('2026年10月');
    expect(formatPeriod('2026-01', 'zh-CN')).toBe('2026年1月');
    expect(formatPeriod('2026', 'zh-CN')).toBe('2026年度');
    expect(formatPeriod('2026-Q4', 'en')).toBe('Q4 2026');
    expect(formatPeriod('2026-10', 'en')).toBe('October 2026');
  });

  it('counts minutes to a deadline, negative once past', () => {
    const now = Date.parse('2026-12-05T11:00:00Z');
    expect(minutesUntil('2026-12-05T11:45:00Z', now)).toBe(45);
    expect(minutesUntil('2026-12-05T10:40:00Z', now)).toBe(-20);
  });

  it('puts the categories in the order residents think of them, 其他 last, each once', () => {
    expect(CATEGORIES_IN_ORDER[0]).toBe('ELEVATOR');
    expect(CATEGORIES_IN_ORDER.at(-1)).toBe('OTHER');
    expect(new Set(CATEGORIES_IN_ORDER).size).toBe(Object.keys(zhCN.categories).length);
  });

  it('writes the audit log in words: roles, actions, a work order step, details as labelled lines', () => {
    expect(roleWords('SECRETARY', zhCN)).toBe('支部书记');
    expect(roleWords('SYSTEM', zhCN)).toBe('系统自动');
    expect(actionWords('openVote', zhCN)).toBe('发起表决');
    expect(actionWords('workOrder.check_accepted', zhCN)).toBe('工单：社区核查通过');
    expect(actionWords('EVALUATION_PERIOD_CLOSED', en)).toBe('Closed and published a period');
    const lines = detailLines('{"status":"SUBMITTED","closesAt":"2026-12-05T11:30:00.000Z","passed":true,"workOrderId":12}', zhCN, (iso) =>
      formatTime(iso, 'zh-CN'),
    );
    expect(lines).toEqual([
      { label: '状态', value: zhCN.status.SUBMITTED },
      { label: '截止时间', value: '2026年12月5日 19:30' },
      { label: '是否通过', value: '是' },
      { label: '工单编号', value: '12' },
    ]);
    expect(detailLines('{"matterId":3}', en, (x) => x)).toEqual([{ label: 'matter id', value: '3' }]);
  });
});
