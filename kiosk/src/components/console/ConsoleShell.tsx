'use client';

import { App, Breadcrumb, Button, ConfigProvider, Form, Input, Layout, Menu, Result, Space, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { LogOut } from 'lucide-react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorDetail, usePrefs } from '../../lib/i18n';
import { useSession } from '../../lib/urql-provider';
import { sectionOf, sectionsFor } from './sections';
import { StaffContext, type Staff } from './staff-context';

const Login = graphql(`
  mutation ConsoleLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      role
    }
  }
`);

const SignOut = graphql(`
  mutation ConsoleSignOut {
    signOut
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

/** The lotus colour, and grey texts dark enough to read (WCAG AA contrast on white). */
const CONSOLE_THEME = {
  token: {
    colorPrimary: '#c2185b',
    fontSize: 15,
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6b6b6b',
    // Ant's red reads at 3.3:1 on white; a danger button's words must read at 4.5:1.
    colorError: '#cf1322',
  },
};

/** A staff session lasts as long as the browser tab, so a reload or a deep link keeps it. */
const TOKEN_KEY = 'pavilion.console.token';

function SignIn({ onToken }: { onToken(token: string): void }) {
  const { t } = usePrefs();
  const [state, login] = useMutation(Login);
  return (
    <Layout style={{ minHeight: '100vh', alignItems: 'center', justifyContent: 'center' }}>
      <Form
        layout="vertical"
        style={{ width: 360, background: '#fff', padding: 32, borderRadius: 12 }}
        onFinish={async (v: { username: string; password: string }) => {
          const res = await login(v);
          if (res.data) onToken(res.data.login.token);
        }}
      >
        <Typography.Title level={3}>{t.console.title}</Typography.Title>
        <Form.Item label={t.console.username} name="username" rules={[{ required: true }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item label={t.console.password} name="password" rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {state.error ? (
          <Typography.Paragraph type="danger" role="alert">
            {errorDetail(state.error, t)}
          </Typography.Paragraph>
        ) : null}
        <Button type="primary" htmlType="submit" block loading={state.fetching}>
          {t.console.signIn}
        </Button>
      </Form>
    </Layout>
  );
}

/**
 * The back office: Ant Design, for the console only. A side menu of the sections the role may
 * use, breadcrumbs, and each section on its own route.
 */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = usePrefs();
  const { token, setToken } = useSession();
  const [restored, setRestored] = useState(false);
  const [crumb, setCrumb] = useState<string | null>(null);
  const pathname = usePathname();
  const router = useRouter();
  const [, signOut] = useMutation(SignOut);
  const [{ data, error }] = useQuery({ query: Me, pause: !token });

  useEffect(() => {
    const saved = sessionStorage.getItem(TOKEN_KEY);
    if (saved) setToken(saved);
    // The server renders without the tab's storage: it is read once the page is in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(true);
  }, [setToken]);
  const keepToken = useCallback(
    (next: string | null) => {
      if (next) sessionStorage.setItem(TOKEN_KEY, next);
      else sessionStorage.removeItem(TOKEN_KEY);
      setToken(next);
    },
    [setToken],
  );
  // A session that ended elsewhere (signed out, expired) sends the user back to the sign-in form.
  const ended = error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  useEffect(() => {
    if (ended) keepToken(null);
  }, [ended, keepToken]);

  // Ant's calendars take their month and weekday names from dayjs.
  useEffect(() => {
    dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  }, [locale]);

  const me = data?.me;
  const staff = useMemo<Staff | null>(() => (me ? { role: me.role, displayName: me.displayName, communities: me.communities, setCrumb } : null), [me]);
  const sections = me ? sectionsFor(me.role) : [];
  const current = sectionOf(pathname);

  let body: ReactNode;
  if (!restored) body = <Spin />;
  else if (!token) body = <SignIn onToken={keepToken} />;
  else if (!staff) body = <Spin style={{ margin: 48 }} />;
  else
    body = (
      <StaffContext.Provider value={staff}>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Sider theme="light" width={208} breakpoint="lg" collapsedWidth={64}>
            <Typography.Title level={5} style={{ padding: '16px 20px', margin: 0 }}>
              {t.console.title}
            </Typography.Title>
            <Menu
              mode="inline"
              selectedKeys={current ? [current.key] : []}
              items={sections.map((s) => ({
                key: s.key,
                icon: <s.icon size={18} aria-hidden="true" />,
                label: <Link href={s.href}>{t.admin.menu[s.key]}</Link>,
              }))}
            />
          </Layout.Sider>
          <Layout>
            <Layout.Header style={{ background: '#fff', display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 24 }}>
              <Breadcrumb
                items={[
                  { title: <Link href="/console">{t.admin.home}</Link> },
                  ...(current ? [{ title: crumb ? <Link href={current.href}>{t.admin.menu[current.key]}</Link> : t.admin.menu[current.key] }] : []),
                  ...(crumb ? [{ title: crumb }] : []),
                ]}
              />
              <Space>
                <Typography.Text>{staff.displayName}</Typography.Text>
                <Button onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>{t.switchLanguage}</Button>
                <Button
                  icon={<LogOut size={16} aria-hidden="true" />}
                  onClick={async () => {
                    await signOut({});
                    keepToken(null);
                    router.push('/console');
                  }}
                >
                  {t.console.signOut}
                </Button>
              </Space>
            </Layout.Header>
            <Layout.Content style={{ padding: 24 }}>
              {current && !current.roles.includes(staff.role) ? <Result status="403" title="403" subTitle={t.errors.FORBIDDEN} /> : children}
            </Layout.Content>
          </Layout>
        </Layout>
      </StaffContext.Provider>
    );

  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={CONSOLE_THEME} button={{ autoInsertSpace: false }}>
      <App className="console-root">{body}</App>
    </ConfigProvider>
  );
}
