import { KioskPage } from '../../../components/KioskPage';

export default async function BoardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <KioskPage pavilionId={id} mode="board" />;
}
