import { staffDate, staffDeadline } from '../../src/domain/calendar';

describe('the staff date style (issue 12: yyyy/MM/dd, with the weekday for deadlines)', () => {
  it('formats ISO dates', () => {
    expect(staffDate('2026-05-18')).toBe('2026/05/18');
    expect(staffDeadline('2026-05-18')).toBe('2026/05/18（月）');
    expect(staffDeadline('2027-05-06')).toBe('2027/05/06（木）');
    expect(staffDeadline('2028-01-04')).toBe('2028/01/04（火）');
  });

  it('leaves text that is not an ISO date as it is (a date typed as text, or nothing)', () => {
    expect(staffDate('')).toBe('');
    expect(staffDeadline('')).toBe('');
    expect(staffDate('12月末')).toBe('12月末');
    expect(staffDeadline('2026-02-30')).toBe('2026-02-30');
    expect(staffDate('2026/05/18 09:30')).toBe('2026/05/18 09:30');
  });
});
