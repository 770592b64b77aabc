import { redirect } from 'next/navigation';
import { PavilionList } from '../components/PavilionList';
import { TopBar } from '../components/TopBar';
import { runtimeConfig } from '../lib/runtime-config';

/** A kiosk set up for a pavilion (PAVILION_ID, or ?pavilion=) opens its board; otherwise choose one. */
export default async function Home({ searchParams }: { searchParams: Promise<{ pavilion?: string }> }) {
  const { pavilion } = await searchParams;
  const id = (pavilion && /^\d+$/.test(pavilion) ? pavilion : null) ?? runtimeConfig().pavilionId;
  if (id) redirect(`/p/${id}`);
  return (
    <>
      <TopBar />
      <main>
        <PavilionList />
      </main>
    </>
  );
}
