import { BallotCheckScreen } from '../../../components/BallotCheckScreen';
import { PhoneHeader } from '../../../components/PhoneHeader';

/** The phone page a ballot receipt's QR code leads to: whether the ballot was counted. */
export default async function PhoneBallotPage({ params }: { params: Promise<{ receipt: string }> }) {
  const { receipt } = await params;
  return (
    <>
      <PhoneHeader />
      <main className="phone">
        <BallotCheckScreen receipt={receipt} />
      </main>
    </>
  );
}
