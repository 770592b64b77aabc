/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { StaffUser } from './staff-user.entity';
import { AuthSession } from './auth-session.entity';
import { HomeCredential } from './home-credential.entity';
import { AuthResolver, HomeCredentialFieldsResolver } from './auth.resolver';
import { AuthService, PIN_ATTEMPTS, PIN_LOCK_SECONDS } from './auth.service';
import { LiveSessions } from './live-sessions';
import type { AuditService } from '../audit';

export { AuthSession } from './auth-session.entity';
export { HomeCredential } from './home-credential.entity';
export { StaffUser } from './staff-user.entity';
export { AuthService, PIN_ATTEMPTS, PIN_LOCK_SECONDS } from './auth.service';
export type { StaffTeams } from './auth.service';
export { ViewerType } from './auth.types';
export { LiveSessions } from './live-sessions';
export { hashSecret } from './passwords';

/** The feature, declared once: what the ORM and the schema take from it. */
export const authFeature = defineFeature({
  name: 'auth',
  entities: [StaffUser, AuthSession, HomeCredential],
  services: (kit, needs: { audit: AuditService }) => {
    const sessions = new LiveSessions(kit.pubSub);
    sessions.watch();
    return new AuthService(
      needs.audit,
      {
        pin: kit.limiter({ keyPrefix: 'pin', points: PIN_ATTEMPTS, durationSeconds: PIN_LOCK_SECONDS, blockSeconds: PIN_LOCK_SECONDS }),
        password: kit.limiter({ keyPrefix: 'pwd', points: PIN_ATTEMPTS * 2, durationSeconds: PIN_LOCK_SECONDS, blockSeconds: PIN_LOCK_SECONDS }),
      },
      sessions,
    );
  },
  close: (s) => s.sessions.close(),
  resolvers: (s) => [new AuthResolver(s), new HomeCredentialFieldsResolver()],
});
