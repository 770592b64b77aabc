import { KioskPage } from '../../../../components/KioskPage';

export default async function TrackPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ code?: string }> }) {
  const { id } = await params;
  const { code } = await searchParams;
  return <KioskPage pavilionId={id} mode="track" code={code ?? null} />;
}
