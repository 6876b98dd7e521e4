import {
  closedWeekdays,
  dueFormatRules,
  isOwnFormula,
  sheetsSerial,
} from '../../src/domain/deadlines/registerFormats';

describe('conditional-format rules of the register', () => {
  const closed = closedWeekdays(2026, ['2026-08-13']);
  const [overdue, soon] = dueFormatRules({
    dueColumn: 'E',
    statusColumn: 'C',
    soonDays: 2,
    closedDays: closed,
  });

  it('Sheets date serials (1899-12-30 is 0)', () => {
    expect(sheetsSerial('1970-01-01')).toBe(25569);
    expect(sheetsSerial('2026-01-01')).toBe(46023);
  });

  it('lists closed weekdays: holidays, substitute holidays, 年末年始, extra closures', () => {
    for (const d of ['2026-01-01', '2026-05-06', '2026-09-22', '2026-12-29', '2026-08-13']) {
      expect(closed).toContain(d);
    }
    expect(closed).not.toContain('2026-05-03'); // a Sunday: WORKDAY skips it anyway
    expect(closed).not.toContain('2026-05-07');
  });

  it('overdue: a date before today, open cases only', () => {
    expect(overdue.formula).toBe(
      '=AND(ISTEXT("公民連携デスク:期限超過"),ISNUMBER($E2),$E2<TODAY(),ISNA(MATCH($C2,{"完了","不採択","取下げ","対象外"},0)))',
    );
  });

  it('due soon: today up to WORKDAY(TODAY(), 2, closed weekdays)', () => {
    expect(soon.formula).toContain('$E2>=TODAY(),$E2<=WORKDAY(TODAY(),2,{');
    expect(soon.formula).toContain(String(sheetsSerial('2026-05-06')));
    expect(soon.formula).toContain(String(sheetsSerial('2026-08-13')));
  });

  it('recognises its own rules (to replace them) and not the city’s', () => {
    expect(isOwnFormula(overdue.formula)).toBe(true);
    expect(isOwnFormula(soon.formula)).toBe(true);
    expect(isOwnFormula('=$E2<TODAY()')).toBe(false);
  });
});
