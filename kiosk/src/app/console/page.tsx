import { ConsoleApp } from '../../components/console/ConsoleApp';

export default function ConsolePage() {
  return <ConsoleApp />;
}
