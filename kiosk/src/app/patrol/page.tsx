import { PhoneHeader } from '../../components/PhoneHeader';
import { PatrolScreen } from '../../components/together/PatrolScreen';

/** A patrol member's phone page (践约). */
export default function PatrolPage() {
  return (
    <>
      <PhoneHeader />
      <main className="phone">
        <PatrolScreen />
      </main>
    </>
  );
}
