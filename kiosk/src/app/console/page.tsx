import { redirect } from 'next/navigation';

/** The console opens on the table of matters, which every staff role has. */
export default function ConsoleHome() {
  redirect('/console/matters');
}
