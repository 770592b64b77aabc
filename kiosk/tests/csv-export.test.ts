import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../src/components/console/csv-text';

describe('CSV exports of the console', () => {
  it('writes text that a spreadsheet would run as a formula as plain text', () => {
    // A resident's title is public text; a clerk opens the export in Excel or WPS.
    expect(csvField('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvField('+86 138')).toBe("'+86 138");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    // Numbers stay numbers, and ordinary text is left alone.
    expect(csvField(-3)).toBe('-3');
    expect(csvField('楼道灯不亮, 3栋')).toBe('"楼道灯不亮, 3栋"');
    expect(csvField('电梯 = 加装')).toBe('电梯 = 加装');
  });

  it('writes a heading line and one line per row', () => {
    const text = csvText(
      [
        { title: '=1+1', n: 2 },
        { title: '路灯', n: -1 },
      ],
      [
        { title: '标题', value: (r) => r.title },
        { title: '数量', value: (r) => r.n },
      ],
    );
    expect(text).toBe("标题,数量\r\n'=1+1,2\r\n路灯,-1\r\n");
  });
});
