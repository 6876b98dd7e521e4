/**
 * A form made by an earlier version (before 所在地, 代表者 and 公開への同意 were asked) is
 * upgraded in place by 初期設定: the missing questions are added where the field table puts them
 * (src/domain/proposalFields.ts), nothing is duplicated, and questions already there never move.
 */
import { Q } from '../../src/strings';
import { clickMenu, Desk, MENU, newDesk } from '../support/desk';

type Item = { title: string };
const titlesOf = (desk: Desk) =>
  desk.ws.forms.get(desk.formId)!.items.map((i: Item) => i.title) as string[];

/** Removes questions from the form's model, as a form from an earlier version lacked them. */
function asEarlierForm(desk: Desk, titles: string[]): void {
  const items = desk.ws.forms.get(desk.formId)!.items as Item[];
  for (const t of titles)
    items.splice(
      items.findIndex((i) => i.title === t),
      1,
    );
}

describe('upgrading a form from an earlier version', () => {
  test('adds the questions added later at their place in the table, once', () => {
    const desk = newDesk();
    const current = titlesOf(desk);
    asEarlierForm(desk, [Q.address, Q.representative, Q.publicationConsent]);
    expect(titlesOf(desk)).not.toContain(Q.address);
    clickMenu(desk, MENU.setup);
    expect(titlesOf(desk)).toEqual(current);
    clickMenu(desk, MENU.setup);
    expect(titlesOf(desk)).toEqual(current);
  });

  test('a form that has 所在地 but not 代表者 gets 代表者 right after it', () => {
    const desk = newDesk();
    const current = titlesOf(desk);
    asEarlierForm(desk, [Q.representative]);
    clickMenu(desk, MENU.setup);
    expect(titlesOf(desk)).toEqual(current);
  });

  test('questions staff reordered stay where they are', () => {
    const desk = newDesk();
    const items = desk.ws.forms.get(desk.formId)!.items as Item[];
    // Staff moved 件名 to the top.
    const [title] = items.splice(
      items.findIndex((i) => i.title === Q.title),
      1,
    );
    items.unshift(title);
    asEarlierForm(desk, [Q.address, Q.representative]);
    const before = titlesOf(desk);
    clickMenu(desk, MENU.setup);
    const after = titlesOf(desk);
    expect(after[0]).toBe(Q.title);
    expect(after.filter((t) => t !== Q.address && t !== Q.representative)).toEqual(before);
    const organisation = after.indexOf(Q.organisation);
    expect(after.slice(organisation + 1, organisation + 3)).toEqual([Q.address, Q.representative]);
  });
});
