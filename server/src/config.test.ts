import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('config', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.database.driver).toBe('sqlite');
    expect(c.database.url).toMatch(/data\/pavilion\.sqlite$/);
    expect(c.redisUrl).toBeUndefined();
    expect(c.demoData).toBe(false);
    expect(c.logLevel).toBe('info');
    expect(c.development).toBe(false);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '4100',
      KIOSK_PORT: '3100',
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6379',
      ADMIN_PASSWORD: 'long-enough',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'development',
    });
    expect(c).toMatchObject({
      port: 4100,
      kioskPort: 3100,
      database: { driver: 'postgresql', url: 'postgresql://postgres@127.0.0.1:5432/test' },
      redisUrl: 'redis://127.0.0.1:6379',
      adminPassword: 'long-enough',
      demoData: true,
      logLevel: 'debug',
      development: true,
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite:data/other.sqlite' }).database.url).toMatch(/data\/other\.sqlite$/);
    expect(loadConfig({ DATABASE_URL: ':memory:' }).database.url).toBe(':memory:');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ KIOSK_PORT: 'three thousand' }, /KIOSK_PORT/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD/],
    [{ DEMO_DATA: 'maybe' }, /DEMO_DATA/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
  ])('refuses %o with one line naming the variable', (env, name) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(name);
    expect(message.split('\n')).toHaveLength(1);
  });
});
