/**
 * The organisation key: one spelling for the many ways a proposer writes the same organisation
 * name. Legal-form words (株式会社, (株), ㈱, 株式會社, 一般社団法人, NPO法人…) are dropped at
 * either end, letters, digits and spaces are unified (NFKC: full- and half-width alike, ㈱ → (株)),
 * middle dots and similar separators and all spaces are removed, and Latin letters are lower
 * case. Pure; used by search and by the partner master.
 */

/**
 * Legal forms as written after NFKC (full-width brackets and ㈱/㈲ already folded into (株)/(有)).
 * Longer forms first, so 一般社団法人 is dropped whole before anything shorter could match.
 */
const LEGAL_FORMS: readonly string[] = [
  '特定非営利活動法人',
  '地方独立行政法人',
  '独立行政法人',
  '国立大学法人',
  '公立大学法人',
  '一般社団法人',
  '一般財団法人',
  '公益社団法人',
  '公益財団法人',
  '社会福祉法人',
  '社会医療法人',
  '株式會社',
  '株式会社',
  '有限會社',
  '有限会社',
  '合同会社',
  '合資会社',
  '合名会社',
  '学校法人',
  '医療法人社団',
  '医療法人財団',
  '医療法人',
  '宗教法人',
  '協同組合',
  'npo法人',
  '(株)',
  '(有)',
  '(同)',
  '(合)',
  '(一社)',
  '(一財)',
  '(公社)',
  '(公財)',
  '(社)',
  '(財)',
  '(特非)',
  '(npo)',
  '(学)',
  '(福)',
  '(医)',
  '(独)',
  '(大)',
];

/** Middle dots, dashes used as separators, quotes and other punctuation that varies by writer. */
const SEPARATORS = /[\s・･·•‧∙⋅．.,，、。'"‘’“”「」『』【】\-‐‑–—―ー－〜~_/／]/g;

/** Prolonged sound marks inside katakana words carry meaning (ホールディングス), so keep them. */
const KATAKANA_LONG_MARK = /(?<=[\u30a0-\u30ff])ー/g;
const LONG_MARK_PLACEHOLDER = '\u0000';

/** Each form also as written in brackets after a name: 北の大学(国立大学法人). */
const FORMS_WITH_BRACKETS: readonly string[] = [
  ...LEGAL_FORMS.filter((form) => !form.startsWith('(')).map((form) => `(${form})`),
  ...LEGAL_FORMS,
];

function stripLegalForms(text: string): string {
  let current = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const form of FORMS_WITH_BRACKETS) {
      if (current.length > form.length && current.startsWith(form)) {
        current = current.slice(form.length);
        changed = true;
      } else if (current.length > form.length && current.endsWith(form)) {
        current = current.slice(0, current.length - form.length);
        changed = true;
      }
    }
  }
  return current;
}

/**
 * The organisation key of a name as typed: '株式会社 アオモリ・テック' and '(株)アオモリテック'
 * and 'ｱｵﾓﾘﾃｯｸ㈱' all give 'アオモリテック'. '' for a blank name.
 */
export function organisationKey(name: string): string {
  const folded = String(name ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/株式會社/g, '株式会社')
    .replace(/有限會社/g, '有限会社')
    .replace(/\s+/g, ' ')
    .trim();
  // Legal forms are matched with the spaces around them gone: '株式会社 アオモリ' and
  // 'アオモリ (株)' lose the form, and spaces inside the name go the same way below.
  const withoutSpaces = folded.replace(/ /g, '');
  const bare = stripLegalForms(withoutSpaces);
  return bare
    .replace(KATAKANA_LONG_MARK, LONG_MARK_PLACEHOLDER)
    .replace(SEPARATORS, '')
    .replace(new RegExp(LONG_MARK_PLACEHOLDER, 'g'), 'ー');
}
