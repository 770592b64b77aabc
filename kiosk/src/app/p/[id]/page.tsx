import { BoardScreen } from '../../../components/BoardScreen';
import { initialBoard, initialPavilion } from '../../../lib/server-board';

export default async function BoardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const pavilion = await initialPavilion(id);
  return <BoardScreen initial={pavilion ? await initialBoard(pavilion.community.id) : null} />;
}
