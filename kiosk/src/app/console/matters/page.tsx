import { MattersTable } from '../../../components/console/matters/MattersTable';

export default function ConsoleMattersPage() {
  return <MattersTable />;
}
