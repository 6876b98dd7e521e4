/** A complete, valid proposal as the domain sees it (unit tests of screening and the register). */
import type { Proposal } from '../../src/domain/proposal';
import { CHOICES } from '../../src/strings';

export function proposalRecord(over: Partial<Proposal> = {}): Proposal {
  return {
    submittedAt: new Date('2025-09-01T00:00:00Z'),
    timestampText: '2025/09/01 9:00:00',
    organisation: '株式会社あおもり',
    applicantType: '民間企業',
    name: '青森 太郎',
    email: 'taro@example.jp',
    phone: '017-761-4154',
    title: '実証実験の提案',
    proposalKind: '自由提案',
    challenge: '',
    method: '実証実験サポート',
    content: '除雪の効率化に関する実証実験',
    roles: '実証フィールドの提供・斡旋',
    periodStart: '2025/10/01',
    periodEnd: '2026/03/31',
    personalData: '取り扱わない',
    preConsultation: '希望する',
    attachments: '',
    consent: CHOICES.consent,
    unknownQuestions: [],
    ...over,
  };
}
