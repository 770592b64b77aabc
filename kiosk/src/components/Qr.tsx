'use client';

import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

export function Qr({ text, label }: { text: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    QRCode.toDataURL(text, { margin: 1, width: 240, errorCorrectionLevel: 'M' }).then(setSrc, () => setSrc(null));
  }, [text]);
  return src ? <img className="qr" src={src} alt={label} width={240} height={240} data-qr={text} /> : null;
}
