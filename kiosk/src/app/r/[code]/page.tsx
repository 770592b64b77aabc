import { PhoneDraft } from '../../../components/raise/PhoneDraft';
import { PhoneHeader } from '../../../components/PhoneHeader';

/** The page a kiosk's "continue on my phone" QR code opens: the same draft, finished with the phone's own input. */
export default async function PhoneDraftPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <>
      <PhoneHeader />
      <main className="phone">
        <PhoneDraft code={code} />
      </main>
    </>
  );
}
