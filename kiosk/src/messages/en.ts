import type { Messages } from './zh-CN';

export const en: Messages = {
  appName: 'Lotus Pavilions',
  subDistrict: 'Lianhua sub-district',
  tagline: 'Residents raise · the branch deliberates · the community executes',
  choosePavilion: 'Choose the pavilion this kiosk stands in',
  pavilionsOf: (community: string) => community,
  loading: 'Loading…',
  loadFailed: 'Cannot reach the server right now. Please try again soon.',
  retry: 'Try again',
  switchLanguage: '中文',
  largeText: 'Large text',
  normalText: 'Normal text',
  pavilionCount: (n: number) => `${n} pavilions`,
};
