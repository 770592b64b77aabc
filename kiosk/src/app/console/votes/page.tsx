import { VotesSection } from '../../../components/console/VotesSection';

export default function ConsoleVotesPage() {
  return <VotesSection />;
}
