import { TrackScreen } from '../../../../components/TrackScreen';

export default async function TrackPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  return <TrackScreen code={code ?? null} />;
}
