import { Suspense } from 'react';
import { PavilionList } from '../components/PavilionList';
import { TopBar } from '../components/TopBar';

export default function Home() {
  return (
    <>
      <TopBar />
      <main>
        <Suspense fallback={<p>正在加载…</p>}>
          <PavilionList />
        </Suspense>
      </main>
    </>
  );
}
