import { ConsoleRoot } from '../../components/console/ConsoleRoot';

export default function ConsolePage() {
  return <ConsoleRoot />;
}
