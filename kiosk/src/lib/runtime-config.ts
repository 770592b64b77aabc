import 'server-only';

/**
 * The kiosk's settings, read on the server at request time (so one build serves every pavilion):
 * PAVILION_API_URL, where browsers reach the API (default: the page's host on port 4000), and
 * PAVILION_ID, the pavilion this device stands in (a ?pavilion= URL parameter also sets it).
 */
export function runtimeConfig() {
  const apiUrl = process.env.PAVILION_API_URL || null;
  const pavilionId = process.env.PAVILION_ID && /^\d+$/.test(process.env.PAVILION_ID) ? process.env.PAVILION_ID : null;
  return { apiUrl, pavilionId };
}
