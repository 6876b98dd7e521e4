/**
 * Issue 12: the 事前相談 the desk registers asks 所在地 and 代表者 like the form (both optional:
 * a first call may not give them), and they land in the register's columns.
 */
import { CHOICES } from '../../src/strings';
import { preConsultationFields } from '../../src/domain/proposalFields';
import { newDesk } from '../support/desk';
import { cellOf, expectOk, run } from '../support/workflow';
import type { CaseRef } from '../../src/app/sidebarContract';

const request = {
  organisation: '株式会社ねぶたラボ',
  applicantType: CHOICES.applicantType[0],
  name: '津軽 一郎',
  email: 'ichiro@nebuta-lab.example.co.jp',
  phone: '017-111-2222',
  title: '祭りの混雑予測',
  method: CHOICES.method[1],
  content: '人流データを使った混雑予測の相談',
  requestId: 'req-pc-address-1',
};

describe('事前相談: 所在地 and 代表者', () => {
  test('the dialog asks both, not required', () => {
    const asked = preConsultationFields().filter((f) =>
      ['address', 'representative'].includes(f.key),
    );
    expect(asked.map((f) => [f.key, f.required])).toEqual([
      ['address', false],
      ['representative', false],
    ]);
  });

  test('given, they are recorded on the case; left out, the case is still registered', () => {
    const desk = newDesk();
    const ref = expectOk(
      run<CaseRef>(desk, 'dialogRegisterPreConsultation', {
        ...request,
        address: '青森県青森市新町一丁目2番3号',
        representative: '代表取締役 津軽 太郎',
      }),
    );
    expect(cellOf(desk, ref.row, 'address')).toBe('青森県青森市新町一丁目2番3号');
    expect(cellOf(desk, ref.row, 'representative')).toBe('代表取締役 津軽 太郎');
    const bare = expectOk(
      run<CaseRef>(desk, 'dialogRegisterPreConsultation', { ...request, requestId: 'req-pc-2' }),
    );
    expect(cellOf(desk, bare.row, 'address')).toBe('');
    expect(bare.caseNumber).not.toBe(ref.caseNumber);
  });
});
