import { ServiceSection } from '../../../components/console/service/ServiceSection';

export default function ConsoleServicePage() {
  return <ServiceSection />;
}
