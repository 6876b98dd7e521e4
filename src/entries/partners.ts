/** Entry points of the partner master (re-exported by src/index.ts; see the note there). */
import { withAlert } from '../app/menu';
import { refreshPartnersFromMenu } from '../app/partners';

export function menuRefreshPartners(): void {
  withAlert(refreshPartnersFromMenu);
}
