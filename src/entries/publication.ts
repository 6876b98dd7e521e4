/** Entry points of the publication feature (re-exported by src/index.ts; see the note there). */
import { UI } from '../strings';
import { withAlert } from '../app/menu';
import { refreshPublicationFromMenu } from '../app/publication';

/** Menu: 公開一覧を更新 (the CSV, JSON, public spreadsheet and web page cache). */
export function menuRefreshPublication(): void {
  withAlert(refreshPublicationFromMenu, UI.working.publication);
}
