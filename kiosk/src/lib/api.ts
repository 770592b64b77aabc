/**
 * Where the API is. In the browser: the same host as the page on port 4000 unless
 * NEXT_PUBLIC_API_URL says otherwise, so a kiosk on the LAN reaches the server it was served from.
 */
export function apiUrl(): string {
  const configured = process.env.NEXT_PUBLIC_API_URL;
  if (configured) return configured;
  if (typeof window !== 'undefined') return `${window.location.protocol}//${window.location.hostname}:4000/graphql`;
  return 'http://localhost:4000/graphql';
}

export function wsUrl(): string {
  return apiUrl().replace(/^http/, 'ws');
}
