import type { DatabaseConfig } from './common/dialect';
import { z } from 'zod';
import { resolve } from 'node:path';

/**
 * Every environment variable the server reads, validated once. Nothing else in the code
 * base reads process.env: pass a Config around instead.
 */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

const flag = (name: string, fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const s = v.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(s)) return true;
      if (['0', 'false', 'no', 'off'].includes(s)) return false;
      ctx.addIssue({ code: 'custom', message: `${name} must be true or false, got "${v}"` });
      return z.NEVER;
    });

/** One of a fixed set of words, or the fallback when unset. */
const oneOf = <T extends string>(name: string, values: readonly T[], fallback: T) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      if (!(values as readonly string[]).includes(v)) {
        ctx.addIssue({ code: 'custom', message: `${name} must be one of ${values.join(', ')}, got "${v}"` });
        return z.NEVER;
      }
      return v as T;
    });

const port = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 0 || n > 65535) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a whole number from 0 to 65535, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const envSchema = z.object({
  PORT: port('PORT', 4000),
  /** Where `npm start` serves the kiosk and the console. */
  KIOSK_PORT: port('KIOSK_PORT', 3000),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return { driver: 'sqlite' as const, url: resolve(process.cwd(), 'data/pavilion.sqlite') };
      if (/^postgres(ql)?:\/\//.test(v)) {
        try {
          new URL(v);
        } catch {
          ctx.addIssue({ code: 'custom', message: `DATABASE_URL is not a valid postgresql:// URL` });
          return z.NEVER;
        }
        return { driver: 'postgresql' as const, url: v };
      }
      if (v === ':memory:') return { driver: 'sqlite' as const, url: v };
      const file = v.startsWith('sqlite:') ? v.slice('sqlite:'.length).replace(/^\/\//, '') : v;
      if (/^[a-z]+:\/\//i.test(file) || file === '') {
        ctx.addIssue({ code: 'custom', message: `DATABASE_URL must be postgresql://..., sqlite:<file> or a file path, got "${v}"` });
        return z.NEVER;
      }
      return { driver: 'sqlite' as const, url: resolve(process.cwd(), file) };
    }),
  REDIS_URL: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      if (!/^rediss?:\/\/[^/]/.test(v)) {
        ctx.addIssue({ code: 'custom', message: `REDIS_URL must start with redis:// or rediss://, got "${v}"` });
        return z.NEVER;
      }
      return v;
    }),
  REDIS_PREFIX: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return 'pavilion:';
      if (!/^[\w:.-]{1,40}$/.test(v)) {
        ctx.addIssue({ code: 'custom', message: `REDIS_PREFIX must be 1 to 40 letters, digits, colons, dots or dashes, got "${v}"` });
        return z.NEVER;
      }
      return v;
    }),
  ADMIN_PASSWORD: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      if (v.length < 8) {
        ctx.addIssue({ code: 'custom', message: 'ADMIN_PASSWORD must be at least 8 characters' });
        return z.NEVER;
      }
      return v;
    }),
  NOTIFY_WEBHOOK_URL: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      if (!/^https?:\/\/[^/]/.test(v)) {
        ctx.addIssue({ code: 'custom', message: `NOTIFY_WEBHOOK_URL must start with http:// or https://, got "${v}"` });
        return z.NEVER;
      }
      return v;
    }),
  KIOSK_REPORTS_PER_MINUTE: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return 10;
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1) {
        ctx.addIssue({ code: 'custom', message: `KIOSK_REPORTS_PER_MINUTE must be a whole number of at least 1, got "${v}"` });
        return z.NEVER;
      }
      return n;
    }),
  DEMO_DATA: flag('DEMO_DATA', false),
  PUBLIC_CACHE: flag('PUBLIC_CACHE', true),
  LOG_LEVEL: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
  NODE_ENV: oneOf('NODE_ENV', NODE_ENVS, 'production'),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    ),
});

export interface Config {
  port: number;
  database: DatabaseConfig;
  redisUrl?: string;
  /** Prefix of Redis keys and channels, so that several deployments can share one Redis. */
  redisPrefix: string;
  adminPassword?: string;
  demoData: boolean;
  /** Share answers to anonymous public queries between kiosks (off only to measure execution). */
  publicCache: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Stack traces reach clients only in development. */
  development: boolean;
  /** Origins allowed to call the API from a browser; empty means any (the kiosk runs on another port). */
  corsOrigins: string[];
  /** The SMS or WeChat gateway that takes residents' text messages; unset, they go to the log. */
  notifyWebhookUrl?: string;
  /** Repair reports one kiosk may send in a minute (10 by default). */
  kioskReportsPerMinute: number;
  /** The kiosk's port under `npm start` (3000 by default), named in the demo logins. */
  kioskPort: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const variable = String(first.path[0] ?? '');
    const message = first.message.includes(variable) ? first.message : `${variable}: ${first.message}`;
    throw new ConfigError(`Configuration error: ${message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    database: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    adminPassword: e.ADMIN_PASSWORD,
    demoData: e.DEMO_DATA,
    publicCache: e.PUBLIC_CACHE,
    logLevel: e.LOG_LEVEL,
    development: e.NODE_ENV === 'development',
    corsOrigins: e.CORS_ORIGINS,
    notifyWebhookUrl: e.NOTIFY_WEBHOOK_URL,
    kioskReportsPerMinute: e.KIOSK_REPORTS_PER_MINUTE,
    kioskPort: e.KIOSK_PORT,
  };
}
