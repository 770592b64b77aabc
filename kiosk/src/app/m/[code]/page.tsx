import { MatterView } from '../../../components/MatterView';
import { PhoneHeader } from '../../../components/PhoneHeader';

/** The phone page a receipt's QR code leads to: the matter, following changes live. */
export default async function PhoneMatterPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <>
      <PhoneHeader />
      <main className="phone">
        <MatterView code={code.replace(/[\s-]/g, '').toUpperCase()} />
      </main>
    </>
  );
}
