/**
 * Protected ranges and sheets.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import {
  PROTECTION_MESSAGES,
  ProtectionType,
  assertCanEdit,
  getProtections,
  protectRange,
  protectSheet,
} from '../src/services/spreadsheet/protection';
import { makeRange } from '../src/services/spreadsheet/range';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/protection';
const RANGE_PROTECT =
  'https://developers.google.com/apps-script/reference/spreadsheet/range#protect()';
const SHEET_PROTECT =
  'https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()';

const OWNER = 'owner@city.example.lg.jp';
const DESK = 'desk@city.example.lg.jp';
const PARTNER = 'partner@company.example.co.jp';

function as(user: string): ExecutionOptions {
  return { functionName: 'test', source: 'manual', activeUser: user };
}

function setup() {
  const ws = new Workspace();
  const ss = ws.spreadsheets.create('案件台帳', OWNER);
  ss.editors.add(DESK);
  ss.editors.add(PARTNER);
  return { ws, ss, sheetId: ss.sheets[0].sheetId };
}

const emails = (p: GoogleAppsScript.Spreadsheet.Protection) =>
  p.getEditors().map((u) => u.getEmail());

test(`a new range protection mirrors the spreadsheet's editors, plus its creator (${RANGE_PROTECT})`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => {
    const p = protectRange(ws, ss.id, sheetId, 1, 1, 10, 2);
    expect(emails(p).sort()).toEqual([DESK, OWNER, PARTNER].sort());
  });
});

test(`a new protection does not block anyone until editors are removed (${RANGE_PROTECT})`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => protectRange(ws, ss.id, sheetId, 1, 1, 10, 2));
  ws.run(as(PARTNER), () =>
    expect(() => assertCanEdit(ws, ss.id, sheetId, 1, 1, 1, 1)).not.toThrow(),
  );
});

test(`the documented sample (add me, remove all editors) leaves only me and the owner (${REF})`, () => {
  const { ws, ss, sheetId } = setup();
  const left = ws.run(as(DESK), () => {
    const p = protectRange(ws, ss.id, sheetId, 1, 1, 10, 2).setDescription(
      'Sample protected range',
    );
    p.addEditor(DESK);
    p.removeEditors(p.getEditors());
    return emails(p).sort();
  });
  expect(left).toEqual([DESK, OWNER].sort());
});

test(`removeEditor cannot remove the owner or the current user (${REF}#removeEditor(String))`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => {
    const p = protectRange(ws, ss.id, sheetId, 1, 1, 1, 1);
    p.removeEditor(OWNER).removeEditor(DESK);
    expect(emails(p)).toEqual(expect.arrayContaining([OWNER, DESK]));
  });
});

test(`an edit by a removed editor throws the protected-cell error (${REF})`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => protectRange(ws, ss.id, sheetId, 1, 1, 10, 2).removeEditor(PARTNER));
  ws.run(as(PARTNER), () =>
    expect(() => assertCanEdit(ws, ss.id, sheetId, 5, 2, 1, 1)).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    ),
  );
});

test(`edits outside the protected range are allowed (${REF})`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => protectRange(ws, ss.id, sheetId, 1, 1, 10, 2).removeEditor(PARTNER));
  ws.run(as(PARTNER), () =>
    expect(() => assertCanEdit(ws, ss.id, sheetId, 11, 1, 5, 5)).not.toThrow(),
  );
});

test(`the spreadsheet owner can always edit protected ranges (${REF}#canEdit())`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(OWNER), () => {
    const p = protectRange(ws, ss.id, sheetId, 1, 1, 1, 1);
    p.removeEditors([DESK, PARTNER]);
    expect(p.canEdit()).toBe(true);
    expect(() => assertCanEdit(ws, ss.id, sheetId, 1, 1, 1, 1)).not.toThrow();
  });
});

test(`canEdit() is false for a user who is not an editor of the protection (${REF}#canEdit())`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => protectRange(ws, ss.id, sheetId, 1, 1, 1, 1).removeEditor(PARTNER));
  ws.run(as(PARTNER), () => {
    expect(getProtections(ws, ss.id, sheetId, 'RANGE')[0].canEdit()).toBe(false);
  });
});

test(`warning-only protections let every user edit (${REF}#setWarningOnly(Boolean))`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () =>
    protectRange(ws, ss.id, sheetId, 1, 1, 1, 1).removeEditor(PARTNER).setWarningOnly(true),
  );
  ws.run(as(PARTNER), () =>
    expect(() => assertCanEdit(ws, ss.id, sheetId, 1, 1, 1, 1)).not.toThrow(),
  );
});

test(`protections are not warning-only by default (${REF}#isWarningOnly())`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () =>
    expect(protectRange(ws, ss.id, sheetId, 1, 1, 1, 1).isWarningOnly()).toBe(false),
  );
});

test(`an installable trigger's edit is checked against its effective user (https://developers.google.com/apps-script/guides/triggers/installable#restrictions)`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => protectRange(ws, ss.id, sheetId, 1, 1, 1, 1).removeEditor(PARTNER));
  ws.run({ ...as(PARTNER), source: 'installable', effectiveUser: DESK }, () =>
    expect(() => assertCanEdit(ws, ss.id, sheetId, 1, 1, 1, 1)).not.toThrow(),
  );
});

test(`Range.protect() adds a new protection even over a protected range (${RANGE_PROTECT})`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => {
    protectRange(ws, ss.id, sheetId, 1, 1, 1, 1);
    protectRange(ws, ss.id, sheetId, 1, 1, 1, 1);
    expect(getProtections(ws, ss.id, sheetId, 'RANGE')).toHaveLength(2);
  });
});

test(`Sheet.protect() returns the sheet's existing protection (${SHEET_PROTECT})`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => {
    protectSheet(ws, ss.id, sheetId).setDescription('台帳');
    expect(protectSheet(ws, ss.id, sheetId).getDescription()).toBe('台帳');
    expect(getProtections(ws, ss.id, sheetId, 'SHEET')).toHaveLength(1);
  });
});

test(`getProtectionType() tells RANGE from SHEET (${REF}#getProtectionType())`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => {
    expect(protectRange(ws, ss.id, sheetId, 1, 1, 1, 1).getProtectionType()).toBe(
      ProtectionType.RANGE,
    );
    expect(protectSheet(ws, ss.id, sheetId).getProtectionType()).toBe(ProtectionType.SHEET);
  });
});

test(`getProtections(type) with no sheet lists the whole spreadsheet's (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getProtections(ProtectionType))`, () => {
  const { ws, ss } = setup();
  const second = ss.insertSheet('二');
  ws.run(as(DESK), () => {
    protectRange(ws, ss.id, 0, 1, 1, 1, 1);
    protectRange(ws, ss.id, second.sheetId, 1, 1, 1, 1);
    expect(getProtections(ws, ss.id, null, 'RANGE')).toHaveLength(2);
    expect(getProtections(ws, ss.id, second.sheetId, 'RANGE')).toHaveLength(1);
  });
});

test(`remove() unprotects the range (${REF}#remove())`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => {
    protectRange(ws, ss.id, sheetId, 1, 1, 1, 1).remove();
    expect(getProtections(ws, ss.id, sheetId, 'RANGE')).toHaveLength(0);
  });
});

test(`getRange() returns the protected range (${REF}#getRange())`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => {
    expect(protectRange(ws, ss.id, sheetId, 2, 1, 3, 2).getRange().getA1Notation()).toBe('A2:B4');
  });
});

test(`unprotected ranges of a protected sheet stay editable (${REF}#setUnprotectedRanges(Range))`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => {
    const p = protectSheet(ws, ss.id, sheetId);
    p.removeEditor(PARTNER);
    p.setUnprotectedRanges([makeRange(ws, ss.id, sheetId, 2, 3, 100, 1)]);
  });
  ws.run(as(PARTNER), () => {
    expect(() => assertCanEdit(ws, ss.id, sheetId, 5, 3, 10, 1)).not.toThrow();
    expect(() => assertCanEdit(ws, ss.id, sheetId, 5, 2, 1, 2)).toThrow(
      PROTECTION_MESSAGES.protectedCell,
    );
  });
});

test(`getUnprotectedRanges() is empty for a protected range (${REF}#getUnprotectedRanges())`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () =>
    expect(protectRange(ws, ss.id, sheetId, 1, 1, 1, 1).getUnprotectedRanges()).toEqual([]),
  );
});

test(`setUnprotectedRanges on a range protection is refused: it is for sheets (${REF}#setUnprotectedRanges(Range))`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => {
    const p = protectRange(ws, ss.id, sheetId, 1, 1, 5, 5);
    expect(() => p.setUnprotectedRanges([makeRange(ws, ss.id, sheetId, 1, 1, 1, 1)])).toThrow(
      PROTECTION_MESSAGES.unprotectedOnRange,
    );
  });
});

test(`getEditors() throws for a user without permission to edit the protection (${REF}#getEditors())`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => protectRange(ws, ss.id, sheetId, 1, 1, 1, 1).removeEditor(PARTNER));
  ws.run(as(PARTNER), () =>
    expect(() => getProtections(ws, ss.id, sheetId, 'RANGE')[0].getEditors()).toThrow(
      PROTECTION_MESSAGES.noPermission,
    ),
  );
});

test(`setDomainEdit(true) lets users of the owner's domain edit (${REF}#setDomainEdit(Boolean))`, () => {
  const { ws, ss, sheetId } = setup();
  ss.editors.add('staff@city.example.lg.jp');
  ws.run(as(DESK), () => {
    const p = protectRange(ws, ss.id, sheetId, 1, 1, 1, 1);
    p.removeEditor('staff@city.example.lg.jp').setDomainEdit(true);
    expect(p.canDomainEdit()).toBe(true);
  });
  ws.run(as('staff@city.example.lg.jp'), () =>
    expect(() => assertCanEdit(ws, ss.id, sheetId, 1, 1, 1, 1)).not.toThrow(),
  );
});

test(`setDomainEdit throws when the owner has no Workspace domain (${REF}#setDomainEdit(Boolean))`, () => {
  const ws = new Workspace();
  const ss = ws.spreadsheets.create('x', 'someone@gmail.com');
  ws.run(as('someone@gmail.com'), () =>
    expect(() => protectRange(ws, ss.id, 0, 1, 1, 1, 1).setDomainEdit(true)).toThrow(
      PROTECTION_MESSAGES.domainEditOutsideDomain,
    ),
  );
});

test(`addEditor accepts a User object as well as an address (${REF}#addEditor(User))`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () => {
    const p = protectRange(ws, ss.id, sheetId, 1, 1, 1, 1);
    p.addEditor({ getEmail: () => 'new@city.example.lg.jp' } as GoogleAppsScript.Base.User);
    expect(emails(p)).toContain('new@city.example.lg.jp');
  });
});

test(`setRange on a sheet protection is refused (${REF}#setRange(Range))`, () => {
  const { ws, ss, sheetId } = setup();
  ws.run(as(DESK), () =>
    expect(() =>
      protectSheet(ws, ss.id, sheetId).setRange(makeRange(ws, ss.id, sheetId, 1, 1, 1, 1)),
    ).toThrow(PROTECTION_MESSAGES.changeKind),
  );
});
