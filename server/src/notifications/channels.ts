import type { Logger } from 'pino';

export interface OutgoingMessage {
  /** The outbox row's id: the gateway's idempotency key, so a retry after a lost answer sends nothing twice. */
  id: number;
  phone: string;
  text: string;
}

/** Where messages go: an SMS or WeChat gateway behind a webhook, or the log. */
export interface Channel {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
}

/** The default: messages are written to the server log (a deployment without a gateway). */
export class LogChannel implements Channel {
  readonly name = 'log';
  constructor(private readonly log?: Logger) {}
  async send(message: OutgoingMessage): Promise<void> {
    this.log?.info({ notification: message.id, phone: maskPhone(message.phone) }, message.text);
  }
}

/** POSTs each message as JSON to the gateway; anything but a 2xx answer is a failure to retry. */
export class WebhookChannel implements Channel {
  readonly name = 'webhook';
  constructor(
    private readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(message: OutgoingMessage): Promise<void> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `pavilion-notification-${message.id}` },
      body: JSON.stringify({ id: message.id, phone: message.phone, text: message.text }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw new Error(`gateway answered ${res.status}`);
  }
}

/** 138****0000: enough for a person to recognise, too little to call. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}
