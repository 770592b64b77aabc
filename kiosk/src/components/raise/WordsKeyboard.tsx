'use client';

import { useEffect, useRef } from 'react';
import Keyboard from 'simple-keyboard';
import 'simple-keyboard/build/css/index.css';
import chineseLayout from 'simple-keyboard-layouts/build/layouts/chinese';
import { usePrefs } from '../../lib/i18n';

// The package types its layouts without the candidates that its Chinese one carries.
const chinese = chineseLayout as typeof chineseLayout & { layoutCandidates: Record<string, string> };

// Letters for pinyin, digits, and the punctuation people write in Chinese; no key a kiosk cannot use.
const LAYOUT = {
  default: ['1 2 3 4 5 6 7 8 9 0 {bksp}', 'q w e r t y u i o p', 'a s d f g h j k l', 'z x c v b n m ， 。', '{space} {done}'],
};

/**
 * An on-screen keyboard for a touchscreen without one: pinyin letters, and above them the
 * characters they may mean (simple-keyboard's candidate box). Loaded only when someone asks for it.
 */
export function WordsKeyboard({
  label,
  value,
  maxLength,
  onChange,
  onDone,
}: {
  label: string;
  value: string;
  maxLength: number;
  onChange(v: string): void;
  onDone(): void;
}) {
  const { t } = usePrefs();
  const host = useRef<HTMLDivElement>(null);
  const keyboard = useRef<Keyboard | null>(null);
  const handlers = useRef({ onChange, onDone });
  // What the keyboard starts with; later changes of `value` reach it through the effect below.
  const start = useRef({ value, done: t.raise.keyboardDone });
  useEffect(() => {
    handlers.current = { onChange, onDone };
  }, [onChange, onDone]);

  useEffect(() => {
    if (!host.current) return;
    const kb = new Keyboard(host.current, {
      layout: LAYOUT,
      layoutCandidates: chinese.layoutCandidates,
      enableLayoutCandidates: true,
      layoutCandidatesPageSize: 8,
      maxLength,
      display: { '{bksp}': '⌫', '{space}': '空格 space', '{done}': start.current.done },
      buttonTheme: [{ class: 'kb-done', buttons: '{done}' }],
      theme: 'hg-theme-default pavilion-keyboard',
      onChange: (input: string) => handlers.current.onChange(input),
      onKeyPress: (button: string) => {
        if (button === '{done}') handlers.current.onDone();
      },
    });
    kb.setInput(start.current.value);
    keyboard.current = kb;
    return () => {
      kb.destroy();
      keyboard.current = null;
    };
    // The keyboard is made once per field; its text follows `value` below.
  }, [maxLength]);

  useEffect(() => {
    if (keyboard.current && keyboard.current.getInput() !== value) keyboard.current.setInput(value);
  }, [value]);

  return (
    <div className="words" role="group" aria-label={label}>
      <p className="words-label">{label}</p>
      <output className="words-text" aria-live="polite" data-testid="words-text">
        {value || '\u00a0'}
      </output>
      <p className="meta">{t.raise.keyboardHint}</p>
      <div ref={host} className="simple-keyboard" />
    </div>
  );
}
