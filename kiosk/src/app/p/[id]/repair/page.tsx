import { RepairScreen } from '../../../../components/service/RepairScreen';

export default function RepairPage() {
  return <RepairScreen />;
}
