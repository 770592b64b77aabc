import { TogetherSection } from '../../../components/console/together/TogetherSection';

export default function ConsoleTogetherPage() {
  return <TogetherSection />;
}
