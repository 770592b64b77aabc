import { PhoneHeader } from '../../../components/PhoneHeader';
import { WorkOrderView } from '../../../components/service/WorkOrderView';

/** The phone page a repair receipt's QR code leads to: the order, following changes live. */
export default async function PhoneWorkOrderPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <>
      <PhoneHeader />
      <main className="phone">
        <WorkOrderView code={code.replace(/[\s-]/g, '').toUpperCase()} />
      </main>
    </>
  );
}
