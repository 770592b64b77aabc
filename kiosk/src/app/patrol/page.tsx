import { TopBar } from '../../components/TopBar';
import { PatrolScreen } from '../../components/together/PatrolScreen';

/** A patrol member's phone page (践约). */
export default function PatrolPage() {
  return (
    <>
      <TopBar />
      <main className="phone">
        <PatrolScreen />
      </main>
    </>
  );
}
