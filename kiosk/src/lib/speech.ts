/** Reads text aloud where the browser can (适老化); returns false where it cannot. */
export function speak(text: string, locale: string): boolean {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return false;
  window.speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = locale === 'en' ? 'en-US' : 'zh-CN';
  u.rate = 0.9;
  window.speechSynthesis.speak(u);
  return true;
}
