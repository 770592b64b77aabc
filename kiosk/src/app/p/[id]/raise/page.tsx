import { KioskPage } from '../../../../components/KioskPage';

export default async function RaisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <KioskPage pavilionId={id} mode="raise" />;
}
