/**
 * Data validation: DataValidationBuilder, DataValidation and the check user input goes through.
 * References:
 *   https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 *   https://developers.google.com/apps-script/reference/spreadsheet/data-validation
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import {
  DataValidationCriteria,
  createDataValidationBuilder,
  dataValidationFacade,
  dataValidationModelOf,
  violatesValidation,
} from '../src/services/spreadsheet/validation';
import type { DataValidationModel } from '../src/services/spreadsheet/featuresModel';
import { makeRange } from '../src/services/spreadsheet/range';

const BUILDER =
  'https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder';
const RULE = 'https://developers.google.com/apps-script/reference/spreadsheet/data-validation';

const run: ExecutionOptions = {
  functionName: 'test',
  source: 'manual',
  activeUser: 'desk@city.example.lg.jp',
};

function inRun<T>(body: (ws: Workspace) => T): T {
  const ws = new Workspace();
  return ws.run(run, () => body(ws));
}

const rule = (criteria: string, args: unknown[]): DataValidationModel => ({
  criteria,
  args,
  allowInvalid: false,
  helpText: '',
});

describe('DataValidationBuilder', () => {
  test(`requireValueInList(values) gives VALUE_IN_LIST with [values, true]: the dropdown shows by default (${BUILDER}#requireValueInList(String))`, () => {
    inRun((ws) => {
      const built = createDataValidationBuilder(ws).requireValueInList(['受付', '対応中']).build();
      expect(built.getCriteriaType()).toBe(DataValidationCriteria.VALUE_IN_LIST);
      expect(built.getCriteriaValues()).toEqual([['受付', '対応中'], true]);
    });
  });

  test(`requireValueInList(values, false) hides the dropdown (${BUILDER}#requireValueInList(String,Boolean))`, () => {
    inRun((ws) => {
      const built = createDataValidationBuilder(ws).requireValueInList(['a'], false).build();
      expect(built.getCriteriaValues()).toEqual([['a'], false]);
    });
  });

  test(`requireValueInRange(range) keeps the range and shows the dropdown (${BUILDER}#requireValueInRange(Range))`, () => {
    inRun((ws) => {
      const ss = ws.spreadsheets.create('Book', 'desk@city.example.lg.jp');
      const range = makeRange(ws, ss.id, 0, 1, 2, 10, 1);
      const values = createDataValidationBuilder(ws)
        .requireValueInRange(range)
        .build()
        .getCriteriaValues();
      expect(values[0].getA1Notation()).toBe('B1:B10');
      expect(values[1]).toBe(true);
    });
  });

  test(`requireCheckbox() gives CHECKBOX with no values (${BUILDER}#requireCheckbox())`, () => {
    inRun((ws) => {
      const built = createDataValidationBuilder(ws).requireCheckbox().build();
      expect(built.getCriteriaType()).toBe(DataValidationCriteria.CHECKBOX);
      expect(built.getCriteriaValues()).toEqual([]);
    });
  });

  test(`requireCheckbox(checked, unchecked) keeps both custom values (${BUILDER}#requireCheckbox(Object,Object))`, () => {
    inRun((ws) => {
      const built = createDataValidationBuilder(ws).requireCheckbox('済', '未').build();
      expect(built.getCriteriaValues()).toEqual(['済', '未']);
    });
  });

  test(`requireNumberBetween(start, end) gives NUMBER_BETWEEN [start, end] (${BUILDER}#requireNumberBetween(Number,Number))`, () => {
    inRun((ws) => {
      const built = createDataValidationBuilder(ws).requireNumberBetween(1, 10).build();
      expect(String(built.getCriteriaType())).toBe('NUMBER_BETWEEN');
      expect(built.getCriteriaValues()).toEqual([1, 10]);
    });
  });

  test(`requireNumberBetween with a string fails with the signature error (${BUILDER}#requireNumberBetween(Number,Number))`, () => {
    inRun((ws) => {
      const builder = createDataValidationBuilder(ws) as unknown as {
        requireNumberBetween(a: unknown, b: unknown): unknown;
      };
      expect(() => builder.requireNumberBetween('1', 10)).toThrow(
        "The parameters (String,number) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireNumberBetween.",
      );
    });
  });

  test(`requireDateBetween(start, end) gives DATE_BETWEEN with the dates (${BUILDER}#requireDateBetween(Date,Date))`, () => {
    inRun((ws) => {
      const start = new Date('2025-04-01T00:00:00+09:00');
      const end = new Date('2026-03-31T00:00:00+09:00');
      const built = createDataValidationBuilder(ws).requireDateBetween(start, end).build();
      expect(String(built.getCriteriaType())).toBe('DATE_BETWEEN');
      expect(built.getCriteriaValues()).toEqual([start, end]);
    });
  });

  test(`requireDate() gives DATE_IS_VALID_DATE (${BUILDER}#requireDate())`, () => {
    inRun((ws) => {
      expect(String(createDataValidationBuilder(ws).requireDate().build().getCriteriaType())).toBe(
        'DATE_IS_VALID_DATE',
      );
    });
  });

  test(`requireTextIsEmail() gives TEXT_IS_VALID_EMAIL (${BUILDER}#requireTextIsEmail())`, () => {
    inRun((ws) => {
      expect(
        String(createDataValidationBuilder(ws).requireTextIsEmail().build().getCriteriaType()),
      ).toBe('TEXT_IS_VALID_EMAIL');
    });
  });

  test(`requireFormulaSatisfied(formula) gives CUSTOM_FORMULA [formula] (${BUILDER}#requireFormulaSatisfied(String))`, () => {
    inRun((ws) => {
      const built = createDataValidationBuilder(ws).requireFormulaSatisfied('=A1>0').build();
      expect(String(built.getCriteriaType())).toBe('CUSTOM_FORMULA');
      expect(built.getCriteriaValues()).toEqual(['=A1>0']);
    });
  });

  test(`rules allow invalid data unless setAllowInvalid(false) (${BUILDER}#setAllowInvalid(Boolean))`, () => {
    inRun((ws) => {
      const builder = createDataValidationBuilder(ws).requireDate();
      expect(builder.build().getAllowInvalid()).toBe(true);
      expect(builder.setAllowInvalid(false).build().getAllowInvalid()).toBe(false);
    });
  });

  test(`setHelpText(text) is kept on the rule (${BUILDER}#setHelpText(String))`, () => {
    inRun((ws) => {
      const built = createDataValidationBuilder(ws).requireDate().setHelpText('日付を入力').build();
      expect(built.getHelpText()).toBe('日付を入力');
    });
  });

  test(`withCriteria(criteria, args) sets any criteria (${BUILDER}#withCriteria(DataValidationCriteria,Object))`, () => {
    inRun((ws) => {
      const built = createDataValidationBuilder(ws)
        .withCriteria(
          DataValidationCriteria.NUMBER_GREATER_THAN as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria,
          [5],
        )
        .build();
      expect(String(built.getCriteriaType())).toBe('NUMBER_GREATER_THAN');
      expect(built.getCriteriaValues()).toEqual([5]);
    });
  });

  test(`copy() of a builder is independent of the original (${BUILDER}#copy())`, () => {
    inRun((ws) => {
      const original = createDataValidationBuilder(ws).requireNumberEqualTo(1);
      const copy = original.copy().requireNumberEqualTo(2);
      expect(original.getCriteriaValues()).toEqual([1]);
      expect(copy.getCriteriaValues()).toEqual([2]);
    });
  });
});

describe('DataValidation', () => {
  test(`copy() returns a builder with the rule's settings, to change and rebuild (${RULE}#copy())`, () => {
    inRun((ws) => {
      const built = createDataValidationBuilder(ws)
        .requireNumberLessThan(3)
        .setAllowInvalid(false)
        .setHelpText('h')
        .build();
      const again = built.copy().build();
      expect(String(again.getCriteriaType())).toBe('NUMBER_LESS_THAN');
      expect(again.getCriteriaValues()).toEqual([3]);
      expect(again.getAllowInvalid()).toBe(false);
      expect(again.getHelpText()).toBe('h');
    });
  });

  test(`a facade over a stored rule reports its criteria (${RULE}#getCriteriaType())`, () => {
    inRun((ws) => {
      const facade = dataValidationFacade(ws, rule('TEXT_CONTAINS', ['市']));
      expect(facade.getCriteriaType()).toBe(DataValidationCriteria.TEXT_CONTAINS);
      expect(facade.getCriteriaValues()).toEqual(['市']);
    });
  });

  test('dataValidationModelOf returns the stored rule behind a built DataValidation (emulator contract for Range.setDataValidation)', () => {
    inRun((ws) => {
      const built = createDataValidationBuilder(ws).requireValueInList(['x']).build();
      expect(dataValidationModelOf(built)).toEqual({
        criteria: 'VALUE_IN_LIST',
        args: [['x'], true],
        allowInvalid: true,
        helpText: '',
      });
    });
  });

  test('each builder call is charged once to the ledger (emulator contract)', () => {
    const ws = new Workspace();
    ws.run(run, () => createDataValidationBuilder(ws).requireDate().build());
    expect(ws.ledger.records.map((r) => r.method)).toEqual([
      'DataValidationBuilder.requireDate',
      'DataValidationBuilder.build',
    ]);
  });
});

describe('violatesValidation (what a person typing into the cell is checked against)', () => {
  test(`VALUE_IN_LIST accepts listed values only (${BUILDER}#requireValueInList(String))`, () => {
    const r = rule('VALUE_IN_LIST', [['受付', '完了'], true]);
    expect(violatesValidation(r, '受付')).toBe(false);
    expect(violatesValidation(r, 'その他')).toBe(true);
  });

  test(`an empty cell never violates a rule (https://support.google.com/docs/answer/186103)`, () => {
    expect(violatesValidation(rule('NUMBER_BETWEEN', [1, 2]), '')).toBe(false);
  });

  test(`NUMBER_BETWEEN includes both ends and refuses text (${BUILDER}#requireNumberBetween(Number,Number))`, () => {
    const r = rule('NUMBER_BETWEEN', [1, 10]);
    expect(violatesValidation(r, 1)).toBe(false);
    expect(violatesValidation(r, 10)).toBe(false);
    expect(violatesValidation(r, 11)).toBe(true);
    expect(violatesValidation(r, 'five')).toBe(true);
  });

  test(`CHECKBOX without custom values accepts TRUE and FALSE only (${BUILDER}#requireCheckbox())`, () => {
    const r = rule('CHECKBOX', []);
    expect(violatesValidation(r, true)).toBe(false);
    expect(violatesValidation(r, 'yes')).toBe(true);
  });

  test(`DATE_AFTER compares calendar days in the spreadsheet's time zone (${BUILDER}#requireDateAfter(Date))`, () => {
    const r = rule('DATE_AFTER', [new Date('2025-04-01T00:00:00+09:00')]);
    expect(violatesValidation(r, new Date('2025-04-01T18:00:00+09:00'), 'Asia/Tokyo')).toBe(true);
    expect(violatesValidation(r, new Date('2025-04-02T00:00:00+09:00'), 'Asia/Tokyo')).toBe(false);
  });

  test(`TEXT_IS_VALID_EMAIL accepts addresses only (${BUILDER}#requireTextIsEmail())`, () => {
    const r = rule('TEXT_IS_VALID_EMAIL', []);
    expect(violatesValidation(r, 'desk@city.example.lg.jp')).toBe(false);
    expect(violatesValidation(r, 'not an address')).toBe(true);
  });

  test(`TEXT_IS_VALID_URL accepts URLs only (${BUILDER}#requireTextIsUrl())`, () => {
    const r = rule('TEXT_IS_VALID_URL', []);
    expect(violatesValidation(r, 'https://www.city.example.lg.jp/ppp')).toBe(false);
    expect(violatesValidation(r, 'hello world')).toBe(true);
  });

  test(`VALUE_IN_RANGE accepts values shown in the source range (${BUILDER}#requireValueInRange(Range))`, () => {
    inRun((ws) => {
      const ss = ws.spreadsheets.create('Book', 'desk@city.example.lg.jp');
      ss.sheets[0].cellForWrite(1, 2).value = '公園';
      ss.sheets[0].cellForWrite(2, 2).value = '道路';
      const r = rule('VALUE_IN_RANGE', [makeRange(ws, ss.id, 0, 1, 2, 2, 1), true]);
      expect(violatesValidation(r, '道路')).toBe(false);
      expect(violatesValidation(r, '河川')).toBe(true);
    });
  });
});
