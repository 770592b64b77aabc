/**
 * Text messages to residents, in Chinese as they read them: each feature words its own changes
 * (matters/texts.ts, service-centre/texts.ts) and sends them signed through this one shape.
 */
const SIGNATURE = '【莲花街道】';

export function residentText(body: string): string {
  return SIGNATURE + body;
}
