import { RaiseScreen } from '../../../../components/RaiseScreen';

export default function RaisePage() {
  return <RaiseScreen />;
}
