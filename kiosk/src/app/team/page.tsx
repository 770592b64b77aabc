import { TopBar } from '../../components/TopBar';
import { TeamScreen } from '../../components/service/TeamScreen';

/** A service team member's phone page. */
export default function TeamPage() {
  return (
    <>
      <TopBar />
      <main className="phone">
        <TeamScreen />
      </main>
    </>
  );
}
