/**
 * Conditional format rules.
 * References:
 *   https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 *   https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule
 *   https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import {
  BooleanCriteria,
  RelativeDate,
  conditionalFormatRuleFacade,
  newConditionalFormatRule,
} from '../src/services/spreadsheet/conditionalFormat';
import { makeRange } from '../src/services/spreadsheet/range';

const BUILDER =
  'https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder';
const RULE =
  'https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule';

const run: ExecutionOptions = {
  functionName: 'test',
  source: 'manual',
  activeUser: 'desk@city.example.lg.jp',
};

function setup() {
  const ws = new Workspace();
  const ss = ws.spreadsheets.create('台帳', 'desk@city.example.lg.jp');
  const sheet = ss.sheets[0];
  const range = (row: number, column: number, numRows: number, numColumns: number) =>
    makeRange(ws, ss.id, sheet.sheetId, row, column, numRows, numColumns);
  return { ws, ss, sheet, range };
}

type RelativeDateEnum = GoogleAppsScript.Spreadsheet.RelativeDate;

test(`the documented example: whenNumberBetween(1, 10) with a red background on A1:B3 (${BUILDER})`, () => {
  const { ws, range } = setup();
  ws.run(run, () => {
    const rule = newConditionalFormatRule(ws)
      .whenNumberBetween(1, 10)
      .setBackground('#FF0000')
      .setRanges([range(1, 1, 3, 2)])
      .build();
    const condition = rule.getBooleanCondition()!;
    expect(condition.getCriteriaType()).toBe(BooleanCriteria.NUMBER_BETWEEN);
    expect(condition.getCriteriaValues()).toEqual([1, 10]);
    expect(condition.getBackground()).toBe('#ff0000');
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B3']);
  });
});

test(`whenFormulaSatisfied(formula) gives CUSTOM_FORMULA [formula] (${BUILDER}#whenFormulaSatisfied(String))`, () => {
  const { ws } = setup();
  ws.run(run, () => {
    const c = newConditionalFormatRule(ws)
      .whenFormulaSatisfied('=$E2="期限切れ"')
      .build()
      .getBooleanCondition()!;
    expect(String(c.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(c.getCriteriaValues()).toEqual(['=$E2="期限切れ"']);
  });
});

test(`whenDateBefore(date) gives DATE_BEFORE with the date (${BUILDER}#whenDateBefore(Date))`, () => {
  const { ws } = setup();
  ws.run(run, () => {
    const date = new Date('2025-04-01T00:00:00+09:00');
    const c = newConditionalFormatRule(ws).whenDateBefore(date).build().getBooleanCondition()!;
    expect(String(c.getCriteriaType())).toBe('DATE_BEFORE');
    expect(c.getCriteriaValues()).toEqual([date]);
  });
});

test(`whenDateBefore(RelativeDate) gives DATE_BEFORE_RELATIVE (${BUILDER}#whenDateBefore(RelativeDate))`, () => {
  const { ws } = setup();
  ws.run(run, () => {
    const c = newConditionalFormatRule(ws)
      .whenDateBefore(RelativeDate.TODAY as unknown as RelativeDateEnum)
      .build()
      .getBooleanCondition()!;
    expect(c.getCriteriaType()).toBe(BooleanCriteria.DATE_BEFORE_RELATIVE);
    expect(c.getCriteriaValues()).toEqual([RelativeDate.TODAY]);
  });
});

test(`whenDateEqualTo(RelativeDate.TOMORROW) gives DATE_EQUAL_TO_RELATIVE (${BUILDER}#whenDateEqualTo(RelativeDate))`, () => {
  const { ws } = setup();
  ws.run(run, () => {
    const c = newConditionalFormatRule(ws)
      .whenDateEqualTo(RelativeDate.TOMORROW as unknown as RelativeDateEnum)
      .build()
      .getBooleanCondition()!;
    expect(String(c.getCriteriaType())).toBe('DATE_EQUAL_TO_RELATIVE');
  });
});

test(`whenTextContains(text) gives TEXT_CONTAINS (${BUILDER}#whenTextContains(String))`, () => {
  const { ws } = setup();
  ws.run(run, () => {
    const c = newConditionalFormatRule(ws).whenTextContains('至急').build().getBooleanCondition()!;
    expect(String(c.getCriteriaType())).toBe('TEXT_CONTAINS');
    expect(c.getCriteriaValues()).toEqual(['至急']);
  });
});

test(`whenCellEmpty() gives CELL_EMPTY with no values (${BUILDER}#whenCellEmpty())`, () => {
  const { ws } = setup();
  ws.run(run, () => {
    const c = newConditionalFormatRule(ws).whenCellEmpty().build().getBooleanCondition()!;
    expect(String(c.getCriteriaType())).toBe('CELL_EMPTY');
    expect(c.getCriteriaValues()).toEqual([]);
  });
});

test(`formats not set are null (https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition#getBold())`, () => {
  const { ws } = setup();
  ws.run(run, () => {
    const c = newConditionalFormatRule(ws)
      .whenCellNotEmpty()
      .setBold(true)
      .build()
      .getBooleanCondition()!;
    expect(c.getBold()).toBe(true);
    expect(c.getFontColor()).toBeNull();
    expect(c.getItalic()).toBeNull();
  });
});

test(`setFontColor(color) is kept on the condition (${BUILDER}#setFontColor(String))`, () => {
  const { ws } = setup();
  ws.run(run, () => {
    const c = newConditionalFormatRule(ws)
      .whenCellNotEmpty()
      .setFontColor('#0000FF')
      .build()
      .getBooleanCondition()!;
    expect(c.getFontColor()).toBe('#0000ff');
  });
});

test(`a builder without a condition has no boolean condition (${BUILDER}#getBooleanCondition())`, () => {
  const { ws } = setup();
  ws.run(run, () => expect(newConditionalFormatRule(ws).getBooleanCondition()).toBeNull());
});

test(`withCriteria(criteria, args) sets any boolean criteria (${BUILDER}#withCriteria(BooleanCriteria,Object))`, () => {
  const { ws } = setup();
  ws.run(run, () => {
    const c = newConditionalFormatRule(ws)
      .withCriteria(
        BooleanCriteria.TEXT_STARTS_WITH as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria,
        ['R7'],
      )
      .build()
      .getBooleanCondition()!;
    expect(String(c.getCriteriaType())).toBe('TEXT_STARTS_WITH');
    expect(c.getCriteriaValues()).toEqual(['R7']);
  });
});

test(`whenNumberGreaterThan with a string fails with the signature error (${BUILDER}#whenNumberGreaterThan(Number))`, () => {
  const { ws } = setup();
  ws.run(run, () => {
    const builder = newConditionalFormatRule(ws) as unknown as {
      whenNumberGreaterThan(n: unknown): unknown;
    };
    expect(() => builder.whenNumberGreaterThan('5')).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.whenNumberGreaterThan.",
    );
  });
});

test(`copy() of a rule returns a builder to change the rule (${RULE}#copy())`, () => {
  const { ws, range } = setup();
  ws.run(run, () => {
    const rule = newConditionalFormatRule(ws)
      .whenTextEqualTo('完了')
      .setBackground('#cccccc')
      .setRanges([range(2, 1, 10, 1)])
      .build();
    const changed = rule.copy().setBackground('#00ff00').build();
    expect(changed.getBooleanCondition()!.getBackground()).toBe('#00ff00');
    expect(changed.getBooleanCondition()!.getCriteriaValues()).toEqual(['完了']);
    expect(changed.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:A11']);
    expect(rule.getBooleanCondition()!.getBackground()).toBe('#cccccc');
  });
});

test(`a stored rule's ranges are found on the sheet that holds it (${RULE}#getRanges())`, () => {
  const { ws, sheet } = setup();
  const model = {
    ranges: [{ row: 1, column: 3, numRows: 5, numColumns: 1 }],
    criteria: 'CELL_EMPTY',
    args: [],
    background: '#ff0000',
    fontColor: null,
    bold: null,
  };
  sheet.conditionalFormatRules.push(model);
  ws.run(run, () => {
    expect(
      conditionalFormatRuleFacade(ws, model)
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['C1:C5']);
  });
});

test(`getGradientCondition() is null for boolean rules (${RULE}#getGradientCondition())`, () => {
  const { ws } = setup();
  ws.run(run, () =>
    expect(newConditionalFormatRule(ws).whenCellEmpty().build().getGradientCondition()).toBeNull(),
  );
});
