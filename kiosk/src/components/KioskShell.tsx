'use client';

import { Award, ClipboardList, MessageSquarePlus, ScrollText, Search, Vote, Volume2, Wrench } from 'lucide-react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { KioskPavilionQuery } from '../gql/graphql';
import { usePrefs } from '../lib/i18n';
import { speak } from '../lib/speech';
import { useSession } from '../lib/urql-provider';
import { ResidentBar, useResidentSignOut } from './ResidentBar';

const PavilionQuery = graphql(`
  query KioskPavilion($id: ID!) {
    pavilion(id: $id) {
      id
      name
      community {
        id
        name
      }
    }
  }
`);

export const IDLE_RESET_MS = 90_000;

interface PavilionPlace {
  pavilionId: string;
  communityId: string | null;
  communityName: string;
  pavilionName: string;
}

const PavilionContext = createContext<PavilionPlace>({ pavilionId: '', communityId: null, communityName: '', pavilionName: '' });

/** Where this kiosk stands: every screen under /p/<id> reads it from the shell. */
export const usePavilion = () => useContext(PavilionContext);

/**
 * The frame of every kiosk screen: who we are, large text, language, read aloud, the four
 * destinations. After 90 s without a touch it goes back to the board and forgets what was typed
 * (the `key` of the page changes, so every form starts empty) and signs a resident out.
 */
export function KioskShell({
  pavilionId,
  initialPavilion,
  children,
}: {
  pavilionId: string;
  initialPavilion?: KioskPavilionQuery['pavilion'] | null;
  children: ReactNode;
}) {
  const { t, locale, setLocale, largeText, setLargeText, reset } = usePrefs();
  const { online } = useSession();
  const signOutResident = useResidentSignOut();
  const router = useRouter();
  const path = usePathname();
  const mainRef = useRef<HTMLElement>(null);
  const [{ data }] = useQuery({ query: PavilionQuery, variables: { id: pavilionId } });
  const pavilion = data?.pavilion ?? initialPavilion;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void signOutResident();
        reset();
        window.speechSynthesis?.cancel();
        router.push(`/p/${pavilionId}?reset=${Date.now()}`);
      }, IDLE_RESET_MS);
    };
    const events = ['pointerdown', 'keydown', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, arm, { passive: true });
    arm();
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, arm);
    };
  }, [pavilionId, router, signOutResident, reset]);

  const base = `/p/${pavilionId}`;
  const nav = [
    { href: base, label: t.nav.board, icon: ClipboardList },
    { href: `${base}/raise`, label: t.nav.raise, icon: MessageSquarePlus },
    { href: `${base}/repair`, label: t.nav.repair, icon: Wrench },
    { href: `${base}/track`, label: t.nav.track, icon: Search },
    { href: `${base}/vote`, label: t.nav.vote, icon: Vote },
    { href: `${base}/property`, label: t.evaluation.nav, icon: Award },
    { href: `${base}/together`, label: t.together.nav, icon: ScrollText },
  ];
  return (
    <div className="kiosk">
      <header className="top">
        <div>
          <h1>{pavilion ? pavilion.name : t.appName}</h1>
          <p>
            {pavilion ? `${pavilion.community.name} · ` : ''}
            {t.tagline}
          </p>
        </div>
        <div className="tools">
          <button type="button" onClick={() => speak(mainRef.current?.innerText ?? '', locale)}>
            <Volume2 aria-hidden="true" focusable="false" size={22} /> {t.readAloud}
          </button>
          <button type="button" onClick={() => setLargeText(!largeText)} aria-pressed={largeText}>
            {largeText ? t.normalText : t.largeText}
          </button>
          <button type="button" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')} lang={locale === 'en' ? 'zh-CN' : 'en'}>
            {t.switchLanguage}
          </button>
        </div>
      </header>
      {!online ? (
        <p className="offline" role="status">
          {t.offline}
        </p>
      ) : null}
      <ResidentBar />
      <main ref={mainRef}>
        <PavilionContext.Provider
          value={{ pavilionId, communityId: pavilion?.community.id ?? null, communityName: pavilion?.community.name ?? '', pavilionName: pavilion?.name ?? '' }}
        >
          {children}
        </PavilionContext.Provider>
      </main>
      <nav className="bottom" aria-label={t.appName}>
        {nav.map((n) => (
          <Link key={n.href} href={n.href} className={path === n.href ? 'active' : undefined} aria-current={path === n.href ? 'page' : undefined}>
            <n.icon aria-hidden="true" focusable="false" size={26} /> {n.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
