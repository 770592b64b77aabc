'use client';

import { Button, Tooltip, type ButtonProps } from 'antd';

/**
 * A console button that says why it cannot be pressed: disabled exactly when there is a reason,
 * and the reason in its tooltip (a disabled button takes no pointer events, so a wrapper holds it).
 */
export function ExplainedButton({ why, ...props }: ButtonProps & { why: string | null | false | undefined }) {
  return (
    <Tooltip title={why || null}>
      <span style={{ display: 'inline-block' }}>
        <Button {...props} disabled={!!why} />
      </span>
    </Tooltip>
  );
}
