import { MatterPage } from '../../../../components/console/matters/MatterPage';

export default async function ConsoleMatterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <MatterPage id={id} />;
}
