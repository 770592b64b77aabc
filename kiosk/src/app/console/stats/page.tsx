import { StatsSection } from '../../../components/console/StatsSection';

export default function ConsoleStatsPage() {
  return <StatsSection />;
}
