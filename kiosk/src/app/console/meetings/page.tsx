import { MeetingsSection } from '../../../components/console/MeetingsSection';

export default function ConsoleMeetingsPage() {
  return <MeetingsSection />;
}
