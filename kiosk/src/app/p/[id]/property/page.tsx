import { PropertyScreen } from '../../../../components/evaluation/PropertyScreen';

export default function PropertyPage() {
  return <PropertyScreen />;
}
