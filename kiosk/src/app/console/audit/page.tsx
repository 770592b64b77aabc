import { AuditLog } from '../../../components/console/AuditLog';

export default function ConsoleAuditPage() {
  return <AuditLog />;
}
