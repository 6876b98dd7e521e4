import { Q } from '../../src/strings';
import { clickMenu, MENU, newDesk, proposal, registerRecords } from '../support/desk';

describe('the spreadsheet time zone (issue 10)', () => {
  test('setup sets a spreadsheet created in another zone to the desk zone (Asia/Tokyo)', () => {
    const desk = newDesk({ timeZone: 'Etc/UTC' });
    expect(desk.ws.spreadsheets.get(desk.spreadsheetId)!.timeZone).toBe('Asia/Tokyo');
  });

  test.each(['Etc/UTC', 'America/Los_Angeles'])(
    'on a %s spreadsheet the fiscal year still turns at midnight 1 April in Japan',
    (zone) => {
      for (const [when, expected] of [
        ['2027-03-31T23:59:59+09:00', 'R8-0001'],
        ['2027-04-01T00:00:00+09:00', 'R9-0001'],
      ]) {
        const desk = newDesk({ now: '2027-03-31T12:00:00+09:00' });
        desk.ws.spreadsheets.get(desk.spreadsheetId)!.timeZone = zone; // changed after setup
        desk.ws.clock.set(when);
        desk.host.submitForm(desk.formId, proposal());
        const [row] = registerRecords(desk);
        expect(row['案件番号']).toBe(expected);
        expect((row['受付日時'] as Date).getTime()).toBe(new Date(when).getTime());
      }
    },
  );

  test.each(['Etc/UTC', 'America/Los_Angeles'])(
    'recovery on a %s spreadsheet reads the instant and keeps one case per response',
    (zone) => {
      const desk = newDesk({ now: '2027-03-31T12:00:00+09:00' });
      desk.ws.spreadsheets.get(desk.spreadsheetId)!.timeZone = zone;
      desk.ws.clock.set('2027-03-31T23:59:40+09:00');
      desk.host.submitForm(desk.formId, proposal());
      desk.ws.clock.set('2027-04-01T00:00:10+09:00');
      desk.ws.forms.recordResponse(desk.formId, proposal({ [Q.title]: '別の提案' }));
      clickMenu(desk, MENU.recover);
      clickMenu(desk, MENU.recover);
      expect(registerRecords(desk).map((r) => r['案件番号'])).toEqual(['R8-0001', 'R9-0001']);
    },
  );
});
