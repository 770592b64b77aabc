import { BallotCheckScreen } from '../../../../components/BallotCheckScreen';

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ receipt?: string }> }) {
  const { receipt } = await searchParams;
  return <BallotCheckScreen receipt={receipt ?? null} />;
}
