import { VoteScreen } from '../../../../components/VoteScreen';

export default function VotePage() {
  return <VoteScreen />;
}
