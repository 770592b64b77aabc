/** The API's URL: configured, or the page's own host on port 4000. */
export function resolveApiUrl(configured: string | null): string {
  if (configured) return configured;
  if (typeof window !== 'undefined') return `${window.location.protocol}//${window.location.hostname}:4000/graphql`;
  return 'http://localhost:4000/graphql';
}

export const toWs = (url: string) => url.replace(/^http/, 'ws');
