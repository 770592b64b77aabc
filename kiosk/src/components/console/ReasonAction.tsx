'use client';

import { Button, Input, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { usePrefs } from '../../lib/i18n';

/**
 * One action that takes words (a reason, a note): its own box, so what is typed for one action is
 * never sent by another, and a disabled button says why it is disabled.
 */
export function ReasonAction({
  label,
  button,
  minLength = 1,
  optional = false,
  danger = false,
  primary = false,
  busy = false,
  onSubmit,
}: {
  label: string;
  button: string;
  /** Characters the words need; an optional note may be empty. */
  minLength?: number;
  optional?: boolean;
  danger?: boolean;
  primary?: boolean;
  busy?: boolean;
  onSubmit(text: string): Promise<boolean>;
}) {
  const { t } = usePrefs();
  const [text, setText] = useState('');
  const short = !optional && text.trim().length < minLength;
  const why = busy ? t.admin.why.busy : short ? t.admin.why.needsWords(label, minLength) : null;
  return (
    <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
      <Input
        aria-label={label}
        placeholder={optional ? label : `${label}${t.admin.required}`}
        maxLength={500}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Tooltip title={why}>
        {/* A disabled button takes no pointer events: the wrapper carries the tooltip. */}
        <span>
          <Button type={primary ? 'primary' : 'default'} danger={danger} disabled={!!why} onClick={async () => (await onSubmit(text.trim())) && setText('')}>
            {button}
          </Button>
        </span>
      </Tooltip>
    </Space.Compact>
  );
}
