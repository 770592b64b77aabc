'use client';

import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

/** A Beijing wall-clock time as the console's forms keep it (2026-12-05T19:30); `shanghai()` makes it an instant. */
const KEPT = 'YYYY-MM-DDTHH:mm';
const SHOWN = 'YYYY-MM-DD HH:mm';

/**
 * Ant's date and time picker in the console's language, in place of the browser's own input:
 * the same calendar as every other date in the console, minutes in steps of five.
 */
export function DateTimeField({
  value,
  onChange,
  id,
  ...rest
}: {
  value?: string | null;
  onChange?(value: string): void;
  id?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
}) {
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm', minuteStep: 5 }}
      format={SHOWN}
      value={value ? dayjs(value, KEPT) : null}
      onChange={(d) => onChange?.(d ? d.format(KEPT) : '')}
      needConfirm={false}
      {...rest}
    />
  );
}
