import { RegisterSection } from '../../../components/console/register/RegisterSection';

export default function ConsoleRegisterPage() {
  return <RegisterSection />;
}
