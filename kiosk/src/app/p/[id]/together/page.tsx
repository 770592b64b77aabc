import { TogetherScreen } from '../../../../components/together/TogetherScreen';

export default function TogetherPage() {
  return <TogetherScreen />;
}
