import { EvaluationSection } from '../../../components/console/evaluation/EvaluationSection';

export default function ConsoleEvaluationPage() {
  return <EvaluationSection />;
}
