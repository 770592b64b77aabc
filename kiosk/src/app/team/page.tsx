import { PhoneHeader } from '../../components/PhoneHeader';
import { TeamScreen } from '../../components/service/TeamScreen';

/** A service team member's phone page. */
export default function TeamPage() {
  return (
    <>
      <PhoneHeader />
      <main className="phone">
        <TeamScreen />
      </main>
    </>
  );
}
