'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorDetail, usePrefs } from '../../lib/i18n';
import { useSession } from '../../lib/urql-provider';
import { Alert } from '../Notice';
import { AgendaTab, InboxTab } from './DeliberationTabs';
import { CredentialsTab, ExecutionTab, FollowUpsTab, RegisterTab } from './OfficeTabs';
import { NoticesTab, VotesTab } from './VoteTabs';
import { StatsTab } from './StatsTab';

const Login = graphql(`
  mutation ConsoleLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      role
    }
  }
`);

const Me = graphql(`
  query ConsoleMe {
    me {
      role
      displayName
      communities {
        id
        name
        estates {
          id
          name
        }
      }
    }
  }
`);

type Tab = 'inbox' | 'agenda' | 'votes' | 'execution' | 'followUps' | 'register' | 'credentials' | 'stats' | 'notices';
const TABS_BY_ROLE: Record<string, Tab[]> = {
  STREET_ADMIN: ['inbox', 'agenda', 'votes', 'execution', 'followUps', 'register', 'credentials', 'stats', 'notices'],
  SECRETARY: ['inbox', 'agenda', 'votes', 'stats', 'notices'],
  OFFICE: ['execution', 'followUps', 'votes', 'register', 'credentials', 'stats', 'notices'],
};

export function ConsoleApp() {
  const { t, locale, setLocale } = usePrefs();
  const { token, setToken } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [loginState, login] = useMutation(Login);
  const [{ data }] = useQuery({ query: Me, pause: !token });
  const [tab, setTab] = useState<Tab | null>(null);

  if (!token) {
    return (
      <main className="console">
        <h1>{t.console.title}</h1>
        <form
          className="login"
          onSubmit={async (e) => {
            e.preventDefault();
            const res = await login({ username, password });
            setPassword('');
            if (res.data) setToken(res.data.login.token);
          }}
        >
          <h2>{t.console.signIn}</h2>
          <label>
            {t.console.username}
            <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
          </label>
          <label>
            {t.console.password}
            <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          <Alert text={errorDetail(loginState.error, t)} />
          <button type="submit" className="primary">
            {t.console.signIn}
          </button>
        </form>
      </main>
    );
  }
  const me = data?.me;
  if (!me) return <main className="console">{t.loading}</main>;
  const tabs = TABS_BY_ROLE[me.role] ?? [];
  const current = tab && tabs.includes(tab) ? tab : tabs[0];
  const communities = me.communities;
  return (
    <main className="console">
      <header className="console-top">
        <h1>{t.console.title}</h1>
        <span>{me.displayName}</span>
        <button type="button" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
          {t.switchLanguage}
        </button>
        <button type="button" onClick={() => setToken(null)}>
          {t.console.signOut}
        </button>
      </header>
      <nav className="tabs" role="tablist">
        {tabs.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={current === k} className={current === k ? 'active' : ''} onClick={() => setTab(k)}>
            {t.console.tabs[k]}
          </button>
        ))}
      </nav>
      <section className="tab-body" role="tabpanel">
        {current === 'inbox' ? <InboxTab /> : null}
        {current === 'agenda' ? <AgendaTab communities={communities} /> : null}
        {current === 'votes' ? <VotesTab communities={communities} /> : null}
        {current === 'execution' ? <ExecutionTab /> : null}
        {current === 'followUps' ? <FollowUpsTab /> : null}
        {current === 'register' ? <RegisterTab /> : null}
        {current === 'credentials' ? <CredentialsTab communities={communities} /> : null}
        {current === 'stats' ? <StatsTab communities={communities} /> : null}
        {current === 'notices' ? <NoticesTab communities={communities} /> : null}
      </section>
    </main>
  );
}

export type ConsoleCommunity = { id: string; name: string; estates: Array<{ id: string; name: string }> };
