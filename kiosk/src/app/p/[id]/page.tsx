import { KioskPage } from '../../../components/KioskPage';
import { initialBoard } from '../../../lib/server-board';

export default async function BoardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <KioskPage pavilionId={id} mode="board" initial={await initialBoard(id)} />;
}
