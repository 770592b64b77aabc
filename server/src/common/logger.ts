import pino, { type Level, type Logger } from 'pino';

export function createLogger(config: { logLevel: Level | 'silent' }): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'pavilion-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.pin'], censor: '[hidden]' },
  });
}
