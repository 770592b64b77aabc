import { Workbench } from '../../components/console/Workbench';

/** The console opens on the workbench: each role's to-do counts, each a link to its filtered table. */
export default function ConsoleHome() {
  return <Workbench />;
}
