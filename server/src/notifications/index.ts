/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { Notification } from './notification.entity';
import { NotificationsResolver } from './notifications.resolver';

export { Notification, NotificationStatus } from './notification.entity';
export { LogChannel, WebhookChannel } from './channels';
export { DeliveryWorker } from './delivery';
export { queueNotification } from './outbox';
export { residentText } from './texts';

/** The feature, declared once: what the ORM and the schema take from it. */
export const notificationsFeature = defineFeature({
  name: 'notifications',
  entities: [Notification],
  services: () => undefined,
  resolvers: () => [new NotificationsResolver()],
});
