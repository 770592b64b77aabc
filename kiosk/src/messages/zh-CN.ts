/** Every string the kiosk and the console show, Simplified Chinese first. */
export const zhCN = {
  appName: '莲心亭议事',
  subDistrict: '莲花街道',
  tagline: '群众说事 · 支部议事 · 社区办事',
  choosePavilion: '请选择本机所在的议事亭',
  pavilionsOf: (community: string) => `${community}`,
  loading: '正在加载…',
  loadFailed: '暂时连不上服务器，请稍后再试。',
  retry: '重试',
  switchLanguage: 'English',
  largeText: '大字模式',
  normalText: '标准字号',
  pavilionCount: (n: number) => `共 ${n} 个议事亭`,
};

export type Messages = typeof zhCN;
