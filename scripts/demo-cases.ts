/**
 * The demo's cast and timeline (issue 15): who proposes what to Aomori City over fiscal year 2026,
 * and what the desk, the departments and the applicants do on which day. Pure data; the story in
 * scripts/demo-story.ts plays it through the add-on's own entry points.
 */
import { CHOICES, PUBLICATION_CONSENT_CHOICES, Q } from '../src/strings';

export type Answers = Record<string, string | string[]>;

/** What happens to a case on a day; scripts/demo-story.ts turns each into an entry-point call. */
export type Action =
  | { do: 'move'; to: string; comment?: string; letterReason?: string }
  | { do: 'assign'; department: string; request: string }
  | { do: 'departmentAnswer'; answer: string; comment: string; answerer: string }
  | { do: 'dialogue'; parties: string; summary: string }
  | { do: 'goals'; goal: string; roleSplit: string }
  | { do: 'receipt'; document: 'proposal' | 'report'; fileUrl?: string }
  | {
      do: 'agreement';
      representative: string;
      partnershipItems: string;
      agreementDate: string;
      agreementEnd: string;
    }
  | { do: 'checklist'; itemId: string }
  | { do: 'generate'; kind: string }
  | { do: 'sendLetter'; kind: string }
  | { do: 'publish'; summary: string }
  /** Staff type into a register cell (onEdit sees it, as in the spreadsheet). */
  | { do: 'typeCell'; key: 'email' | 'pocEnd' | 'review'; value: string; note: string }
  | { do: 'typeStatus'; value: string };

export interface StoryCase {
  /** A short name for the log. */
  key: string;
  /** The day the proposal arrives (the form), or is registered from 事前相談 (the dialog). */
  on: string;
  answers: Answers;
  /** 'form' (default), 'missed' (the response's trigger never ran), 'preConsultation' (dialog). */
  via?: 'form' | 'missed' | 'preConsultation';
  /** The form was edited so its validation let a broken address through. */
  skipValidation?: boolean;
  timeline: Array<[string, Action[]]>;
}

const [COMPANY, UNIVERSITY, NPO, SOLE, PERSON] = CHOICES.applicantType;
const [FREE, CHALLENGE] = CHOICES.proposalKind;
const [PARTNERSHIP, POC, FURUSATO, PROPERTY, DESIGNATED, NAMING, ADVERT, OTHER] = CHOICES.method;
const [FIELD, DATA, PR, , BASE, COORDINATION] = CHOICES.roles;

/** A complete answer set: every case states its own organisation, people and content. */
function form(a: {
  organisation: string;
  address: string;
  representative: string;
  type: string;
  name: string;
  email: string;
  phone: string;
  title: string;
  kind?: string;
  challenge?: string;
  method: string;
  content: string;
  roles?: string[];
  personalData?: number;
  preConsultation?: boolean;
  publication?: boolean;
  period?: [string, string];
}): Answers {
  return {
    [Q.organisation]: a.organisation,
    [Q.address]: a.address,
    [Q.representative]: a.representative,
    [Q.applicantType]: a.type,
    [Q.name]: a.name,
    [Q.email]: a.email,
    [Q.phone]: a.phone,
    [Q.title]: a.title,
    [Q.proposalKind]: a.kind ?? FREE,
    ...(a.challenge ? { [Q.challenge]: a.challenge } : {}),
    [Q.method]: a.method,
    [Q.content]: a.content,
    [Q.roles]: a.roles ?? [],
    ...(a.period ? { [Q.periodStart]: a.period[0], [Q.periodEnd]: a.period[1] } : {}),
    [Q.personalData]: CHOICES.personalData[a.personalData ?? 1],
    [Q.preConsultation]: CHOICES.preConsultation[a.preConsultation ? 0 : 1],
    [Q.consent]: [CHOICES.consent],
    [Q.publicationConsent]: PUBLICATION_CONSENT_CHOICES[a.publication === false ? 1 : 0],
  };
}

const move = (to: string, comment = '', letterReason?: string): Action => ({
  do: 'move',
  to,
  comment,
  ...(letterReason ? { letterReason } : {}),
});
const assign = (department: string, request: string): Action => ({
  do: 'assign',
  department,
  request,
});
const answer = (a: string, comment: string, answerer: string): Action => ({
  do: 'departmentAnswer',
  answer: a,
  comment,
  answerer,
});
const dialogue = (parties: string, summary: string): Action => ({
  do: 'dialogue',
  parties,
  summary,
});
const receipt = (document: 'proposal' | 'report', fileUrl = ''): Action => ({
  do: 'receipt',
  document,
  fileUrl,
});

/** The desk's challenges (課題一覧), typed in by staff in April. */
export const CHALLENGES: string[][] = [
  [
    'K-001',
    '冬期の除雪状況の見える化',
    '道路維持課',
    '除雪の進捗を市民にわかりやすく伝えたい',
    '募集中',
  ],
  ['K-002', '観光客の周遊促進', '観光課', '中心市街地と観光施設の周遊を増やしたい', '募集中'],
  ['K-003', '路線バスの利用促進', '交通政策課', '冬期のバス待ちの負担を減らしたい', '募集中'],
];

/** 担当課 as the wizard's page sends them. */
export const DEPARTMENTS = [
  { name: '道路維持課', email: 'douro@city.aomori.example.lg.jp', person: '雪谷' },
  { name: '観光課', email: 'kanko@city.aomori.example.lg.jp', person: '浜田' },
  { name: '資産経営課', email: 'shisan@city.aomori.example.lg.jp', person: '柳川' },
  { name: '広報広聴課', email: 'koho@city.aomori.example.lg.jp', person: '高田' },
  { name: '財政課', email: 'zaisei@city.aomori.example.lg.jp', person: '金木' },
  { name: '公園河川課', email: 'koen@city.aomori.example.lg.jp', person: '森' },
  { name: '子ども支援課', email: 'kodomo@city.aomori.example.lg.jp', person: '花田' },
  { name: '交通政策課', email: 'kotsu@city.aomori.example.lg.jp', person: '青山' },
  { name: '情報政策課', email: 'joho@city.aomori.example.lg.jp', person: '三上' },
  { name: '地域福祉課', email: 'fukushi@city.aomori.example.lg.jp', person: '工藤' },
  { name: '環境政策課', email: 'kankyo@city.aomori.example.lg.jp', person: '浅虫' },
];

export const CASES: StoryCase[] = [
  {
    key: '除雪の見える化',
    on: '2026-04-06',
    answers: form({
      organisation: '株式会社あおもりテック',
      address: '青森県青森市新町一丁目3番7号',
      representative: '代表取締役 青森 一郎',
      type: COMPANY,
      name: '青森 太郎',
      email: 'taro@aomori-tech.example.co.jp',
      phone: '017-000-1234',
      title: '除雪車両の位置情報を活用した除雪状況の見える化',
      kind: CHALLENGE,
      challenge: 'K-001 冬期の除雪状況の見える化',
      method: PARTNERSHIP,
      content:
        '市の除雪車両約120台にGPS端末を搭載し、除雪の進捗を地図で市民に公開します。端末と地図の運用は当社が負担し、問合せの削減と除雪計画の改善に役立てます。',
      roles: [DATA, PR],
    }),
    timeline: [
      ['2026-04-08', [move('提案書確認', '内容確認の前に提案書を求めようとした')]],
      [
        '2026-04-09',
        [
          move('対話・調整', '内容を確認。初回の対話へ'),
          assign('道路維持課', '除雪車両へのGPS端末搭載と、位置情報の公開可否をご検討ください。'),
        ],
      ],
      [
        '2026-04-15',
        [
          answer(
            '条件付きで可',
            '冬期の通信費は事業者負担が前提です。公開は除雪路線図の範囲に限ります。',
            '道路維持課 雪谷',
          ),
        ],
      ],
      [
        '2026-04-20',
        [
          dialogue(
            '株式会社あおもりテック 青森 太郎、道路維持課 雪谷',
            'GPS端末の仕様と、市民向け地図の公開範囲を確認した。',
          ),
          {
            do: 'goals',
            goal: '除雪の進捗を市民が地図で確認できるようにする',
            roleSplit: '事業者: 端末と地図の提供／市: 車両の提供と広報',
          },
        ],
      ],
      ['2026-04-27', [move('提案書確認', '提案書を受領')]],
      ['2026-04-30', [move('対話・調整', '費用負担の記載が不足のため差し戻し')]],
      [
        '2026-05-11',
        [
          move('提案書確認', '修正版を受領'),
          move('実施可否判断', '受領日の記録を忘れて進めようとした'),
          receipt('proposal', 'https://drive.google.com/file/d/demo-snow-proposal/view'),
          move('実施可否判断'),
        ],
      ],
      [
        '2026-05-25',
        [
          move('回答（可）', '庁議で実施可と決定'),
          { do: 'generate', kind: 'replyAccepted' },
          { do: 'sendLetter', kind: 'replyAccepted' },
        ],
      ],
      [
        '2026-06-10',
        [
          {
            do: 'agreement',
            representative: '代表取締役 青森 一郎',
            partnershipItems:
              '除雪車両の位置情報の提供\n市民向け除雪状況地図の公開\n市の広報媒体での周知',
            agreementDate: '2026-07-01',
            agreementEnd: '2027-03-31',
          },
          { do: 'generate', kind: 'partnershipAgreement' },
        ],
      ],
      [
        '2026-06-12',
        [
          {
            do: 'agreement',
            representative: '代表取締役 青森 一郎',
            partnershipItems:
              '除雪車両の位置情報の提供\n市民向け除雪状況地図の公開\n市の広報媒体での周知\n除雪データの分析と改善提案',
            agreementDate: '2026-07-01',
            agreementEnd: '2027-03-31',
          },
          { do: 'generate', kind: 'partnershipAgreement' },
        ],
      ],
      ['2026-07-01', [move('連携協定締結', '協定書に両者が押印')]],
      ['2026-07-15', [move('事業実施', '地図の公開を開始')]],
      [
        '2026-12-01',
        [
          {
            do: 'publish',
            summary:
              '除雪車両の位置情報を地図で公開し、市民が除雪の進み具合を確認できるようにする取組です。',
          },
        ],
      ],
      ['2027-03-24', [move('完了', '協定期間の満了を前に事業を完了')]],
    ],
  },
  {
    key: 'AIカメラ周遊分析',
    on: '2026-04-13',
    answers: form({
      organisation: '国立大学法人 北の大学',
      address: '青森県青森市文京町三丁目5番1号',
      representative: '学長 岩木 誠',
      type: UNIVERSITY,
      name: '八甲田 花子',
      email: 'hanako@kita-univ.example.ac.jp',
      phone: '017-700-2000',
      title: 'AIカメラによる観光客の周遊分析の実証実験',
      kind: CHALLENGE,
      challenge: 'K-002 観光客の周遊促進',
      method: POC,
      content:
        'ねぶたの家 ワ・ラッセ周辺と新町通りにAIカメラ4台を設置し、個人を特定しない人流データから観光客の回遊経路を分析します。結果は観光課と共有し、案内サインの改善に生かします。',
      roles: [FIELD, BASE],
      personalData: 0,
      period: ['2026-07-01', '2026-10-30'],
    }),
    timeline: [
      [
        '2026-04-16',
        [
          move('対話・調整', '課題提案として受け付け、観光課と協議'),
          assign('観光課', 'カメラ設置場所の候補と、観光施設側の了解の見込みをご回答ください。'),
        ],
      ],
      [
        '2026-04-22',
        [answer('対応可', '設置候補3か所の管理者に了解を得ています。', '観光課 浜田')],
      ],
      [
        '2026-05-12',
        [receipt('proposal'), move('提案書確認', '提案書を受領'), move('実施可否判断')],
      ],
      ['2026-05-19', [move('回答（可）', '個人情報保護審査会の了承を得て実施可')]],
      [
        '2026-06-01',
        [
          {
            do: 'agreement',
            representative: '学長 岩木 誠',
            partnershipItems:
              'AIカメラの設置と運用\n人流データの分析と報告\n分析結果の観光施策への活用',
            agreementDate: '2026-06-15',
            agreementEnd: '2027-03-31',
          },
          {
            do: 'goals',
            goal: '観光客の回遊経路を把握し、案内サインと周遊施策の改善につなげる',
            roleSplit: '甲: 設置場所の調整と観光施策への反映\n乙: 機器の設置・運用とデータの分析',
          },
          {
            do: 'typeCell',
            key: 'pocEnd',
            value: '2026-10-30',
            note: '実証終了日を入力',
          },
          { do: 'generate', kind: 'pocAgreement' },
        ],
      ],
      ['2026-06-15', [move('連携協定締結', '実証実験に関する協定を締結')]],
      [
        '2026-06-22',
        [
          move('実施準備'),
          move('実証実験の実施・立ち合い', '準備完了の前に開始しようとした'),
          { do: 'checklist', itemId: 'coordination' },
          { do: 'checklist', itemId: 'permits' },
        ],
      ],
      [
        '2026-06-29',
        [
          { do: 'checklist', itemId: 'publicNotice' },
          move('実証実験の実施・立ち合い', '設置に立ち会い'),
        ],
      ],
      [
        '2026-09-01',
        [
          {
            do: 'publish',
            summary:
              '観光地にAIカメラを設置し、個人を特定しない形で観光客の回遊を分析する実証実験です。',
          },
        ],
      ],
      ['2026-10-30', [move('報告書作成', '実証期間が終了')]],
      [
        '2026-11-26',
        [
          receipt('report', 'https://drive.google.com/file/d/demo-kita-report/view'),
          move('報告書受領', '報告書を受領'),
        ],
      ],
      ['2027-01-15', [move('完了', '報告会を終えて完了')]],
    ],
  },
  {
    key: 'ネーミングライツ',
    on: '2026-04-20',
    answers: form({
      organisation: '青森りんご飲料株式会社',
      address: '青森県青森市港町二丁目12番19号',
      representative: '代表取締役 林檎 正',
      type: COMPANY,
      name: '赤石 恵',
      email: 'info@ringo-drink.example.co.jp',
      phone: '017-741-1100',
      title: '市民体育館のネーミングライツ',
      method: NAMING,
      content:
        '市民体育館の命名権を5年間取得し、「りんごスカッシュアリーナ」とする提案です。年額300万円を想定し、館内の案内表示の更新費用は当社が負担します。',
    }),
    timeline: [
      [
        '2026-04-22',
        [assign('資産経営課', 'ネーミングライツ募集要項に沿って審査をお願いします。')],
      ],
      [
        '2026-04-28',
        [answer('要協議', '募集要項の対象施設に含めるかを協議したい。', '資産経営課 柳川')],
      ],
      ['2026-05-08', [move('担当課へ引継ぎ', '資産経営課の公募手続で扱う')]],
      ['2026-09-30', [move('完了', '資産経営課が公募手続を開始')]],
    ],
  },
  {
    key: '公園のベンチ',
    on: '2026-04-21',
    answers: form({
      organisation: 'なし',
      address: '青森県青森市中央三丁目',
      representative: '浜町 節子',
      type: PERSON,
      name: '浜町 節子',
      email: 'setsuko.hamamachi@example.com',
      phone: '090-1234-5678',
      title: '合浦公園にベンチを増やしてほしい',
      method: OTHER,
      content: '散歩の途中で休める場所が少ないので、ベンチを増やしてほしいです。',
    }),
    timeline: [],
  },
  {
    key: '子育てアプリ',
    on: '2026-04-24',
    answers: form({
      organisation: '株式会社プラスワンシステムズ',
      address: '青森県青森市長島二丁目10番4号',
      representative: '代表取締役 一戸 健',
      type: COMPANY,
      name: '一戸 真央',
      email: 'mao@plusone-sys.example.co.jp',
      phone: '017-722-3300',
      title: '+1 子育て：子育て情報を一つにまとめるアプリ',
      method: PARTNERSHIP,
      content:
        '=市の子育て支援情報（健診、保育所の空き、イベント）を一つのアプリで届けます。市のオープンデータを利用し、開発費は当社負担、広告収入で運営します。',
      roles: [DATA, PR],
    }),
    timeline: [
      ['2026-05-07', [move('対話・調整', '内容を確認')]],
      [
        '2026-05-27',
        [
          move(
            '不採択',
            '子ども支援課と協議、既存アプリと重複',
            '市が運営する子育て支援アプリ「あおもり子育てナビ」と機能が重複し、市として二つのアプリを案内することが難しいため。',
          ),
        ],
      ],
    ],
  },
  {
    key: '雪下ろし支援',
    on: '2026-04-27',
    skipValidation: true,
    answers: form({
      organisation: '合同会社ゆきみち',
      address: '青森県青森市浪岡大字女鹿沢字野尻10番地',
      representative: '代表社員 雪道 大地',
      type: COMPANY,
      name: '雪道 大地',
      email: 'yukimichi(at)example.jp',
      phone: '',
      title: '雪下ろし支援のマッチング',
      method: PARTNERSHIP,
      content:
        '高齢世帯の雪下ろしを、登録した地元の除雪事業者と結ぶマッチングサービスです。市には高齢世帯への周知と、町内会との調整をお願いしたい。',
      roles: [PR, COORDINATION],
    }),
    timeline: [
      [
        '2026-05-01',
        [
          {
            do: 'typeCell',
            key: 'email',
            value: 'info@yukimichi.example.jp',
            note: 'メールアドレスを電話で確認して修正',
          },
          { do: 'typeCell', key: 'review', value: '', note: '確認済みとして「要確認」を消す' },
        ],
      ],
      [
        '2026-05-07',
        [
          move('対話・調整', '電話で連絡先を確認のうえ対話へ'),
          assign('地域福祉課', '高齢世帯への周知方法についてご意見をお願いします。'),
        ],
      ],
      ['2026-05-20', [answer('対応可', '民生委員を通じた周知が可能です。', '地域福祉課 工藤')]],
      [
        '2026-06-05',
        [
          dialogue(
            '合同会社ゆきみち 雪道 大地、地域福祉課 工藤',
            '周知の時期（11月）と、事業者の登録要件を確認した。',
          ),
        ],
      ],
    ],
  },
  {
    key: '広報紙広告',
    on: '2026-05-13',
    via: 'missed',
    answers: form({
      organisation: '株式会社ねぶたデザイン',
      address: '青森県青森市本町五丁目2番8号',
      representative: '代表取締役 跳人 勇',
      type: COMPANY,
      name: '跳人 美咲',
      email: 'contact@nebuta-design.example.co.jp',
      phone: '017-735-4400',
      title: '広報あおもりへの広告掲載とデザイン協力',
      method: ADVERT,
      content:
        '広報あおもりの裏表紙に年間を通じて広告を掲載し、あわせて誌面デザインの改善案を無償で提供します。',
    }),
    timeline: [
      [
        '2026-05-18',
        [assign('広報広聴課', '広告掲載の募集状況と、デザイン協力の受入れ可否をご回答ください。')],
      ],
      ['2026-05-29', [move('担当課へ引継ぎ', '広報広聴課の広告募集で扱う')]],
    ],
  },
  {
    key: '包括連携',
    on: '2026-05-18',
    answers: form({
      organisation: '国立大学法人青森みらい大学',
      address: '青森県青森市文京町二丁目1番1号',
      representative: '学長 八甲田 花子',
      type: UNIVERSITY,
      name: '三内 丸子',
      email: 'renkei@aomori-mirai.example.ac.jp',
      phone: '017-777-1111',
      title: '地域課題解決に向けた包括的な連携',
      method: PARTNERSHIP,
      content:
        '人材育成、産業振興、防災、健康づくりの4分野で、大学の研究と学生の参画を市の施策に生かす包括連携協定を提案します。',
      roles: [FIELD, DATA, COORDINATION],
    }),
    timeline: [
      ['2026-05-21', [move('対話・調整', '包括連携として協議')]],
      [
        '2026-06-03',
        [
          dialogue(
            '青森みらい大学 三内 丸子、企画調整課、デスク',
            '4分野の窓口と、年1回の連携協議会の開催を確認した。',
          ),
          {
            do: 'goals',
            goal: '教育・研究の知見を地域課題の解決に生かし、若者の地元定着を図る',
            roleSplit: '甲: 行政データと実践の場の提供\n乙: 研究成果と学生の参画',
          },
        ],
      ],
      [
        '2026-06-17',
        [receipt('proposal'), move('提案書確認', '協定案を受領'), move('実施可否判断')],
      ],
      ['2026-06-24', [move('回答（可）', '実施可と回答')]],
      [
        '2026-07-08',
        [
          {
            do: 'agreement',
            representative: '学長 八甲田 花子',
            partnershipItems: '地域の人材育成\n産業振興と起業支援\n防災・減災\n健康づくり',
            agreementDate: '2026-08-03',
            agreementEnd: '2029-03-31',
          },
          { do: 'generate', kind: 'comprehensiveAgreement' },
        ],
      ],
      ['2026-08-03', [move('連携協定締結', '市長と学長が協定に署名')]],
      [
        '2026-08-17',
        [
          move('事業実施', '連携協議会を設置'),
          {
            do: 'publish',
            summary:
              '大学の研究と学生の参画を、人材育成・産業振興・防災・健康づくりに生かす包括連携です。',
          },
        ],
      ],
    ],
  },
  {
    key: 'バス停混雑予測',
    on: '2026-06-03',
    answers: form({
      organisation: '株式会社ねぶたAIラボ',
      address: '青森県青森市安方一丁目5番2号',
      representative: '代表取締役 十和田 次郎',
      type: COMPANY,
      name: '奥入瀬 涼',
      email: 'poc@nebuta-ai.example.co.jp',
      phone: '017-723-5500',
      title: 'AIによるバス停混雑予測の実証実験',
      kind: CHALLENGE,
      challenge: 'K-003 路線バスの利用促進',
      method: POC,
      content:
        '主要バス停3か所にカメラを置き、待ち人数と運行情報から混雑を予測してスマートフォンに配信します。冬期の待ち時間短縮を検証します。',
      roles: [FIELD, DATA],
      personalData: 0,
      period: ['2026-09-01', '2026-12-25'],
    }),
    timeline: [
      [
        '2026-06-08',
        [
          move('対話・調整', '課題提案として受け付け'),
          assign('交通政策課', 'バス停への機器設置と、運行データ提供の可否をご回答ください。'),
        ],
      ],
      [
        '2026-06-19',
        [answer('条件付きで可', '設置は市営バスの停留所に限ります。', '交通政策課 青山')],
      ],
      [
        '2026-07-06',
        [receipt('proposal'), move('提案書確認', '提案書を受領'), move('実施可否判断')],
      ],
      ['2026-07-13', [move('回答（可）', '実施可と回答')]],
      [
        '2026-07-21',
        [
          {
            do: 'goals',
            goal: 'AIによるバス停の混雑予測を検証し、冬期の待ち時間を減らす',
            roleSplit: '甲: 設置場所の調整と周知\n乙: 機器の設置・運用とデータの検証',
          },
          { do: 'typeCell', key: 'pocEnd', value: '2026-12-25', note: '実証終了日を入力' },
          {
            do: 'agreement',
            representative: '',
            partnershipItems:
              'バス停3か所へのカメラ設置\n混雑予測モデルの精度検証\n利用者アンケート',
            agreementDate: '2026-08-01',
            agreementEnd: '2027-03-31',
          },
          { do: 'generate', kind: 'pocAgreement' },
          {
            do: 'agreement',
            representative: '代表取締役 十和田 次郎',
            partnershipItems:
              'バス停3か所へのカメラ設置\n混雑予測モデルの精度検証\n利用者アンケート',
            agreementDate: '2026-08-01',
            agreementEnd: '2027-03-31',
          },
          { do: 'generate', kind: 'pocAgreement' },
        ],
      ],
      ['2026-08-03', [move('連携協定締結', '協定を締結')]],
      [
        '2026-08-24',
        [
          move('実施準備'),
          { do: 'checklist', itemId: 'coordination' },
          { do: 'checklist', itemId: 'permits' },
          { do: 'checklist', itemId: 'publicNotice' },
        ],
      ],
      ['2026-09-01', [move('実証実験の実施・立ち合い', '冬期の検証に向けて設置')]],
      ['2026-12-25', [move('報告書作成', '実証期間が終了')]],
      ['2027-02-02', [receipt('report'), move('報告書受領', '報告書を受領（期限を過ぎて提出）')]],
    ],
  },
  {
    key: 'シェアオフィス',
    on: '2026-06-08',
    answers: form({
      organisation: '合同会社かもしか企画',
      address: '青森県青森市浪岡大字浪岡字稲村101番地',
      representative: '代表社員 羽州 三郎',
      type: COMPANY,
      name: '羽州 三郎',
      email: 'info@kamoshika-kikaku.example.jp',
      phone: '0172-62-0101',
      title: '市有施設の空きスペースを活用したシェアオフィス',
      method: PARTNERSHIP,
      content:
        '浪岡庁舎の空き会議室を改装し、移住者と地元事業者が使えるシェアオフィスを運営します。改装費は当社負担、市には施設の貸付けをお願いしたい。',
      roles: [FIELD],
    }),
    timeline: [
      [
        '2026-06-11',
        [
          move('対話・調整', '内容を確認'),
          assign('資産経営課', '浪岡庁舎の空きスペースの貸付けの可否をご回答ください。'),
        ],
      ],
      [
        '2026-06-25',
        [
          answer(
            '対応困難',
            '行政財産として使用中で、用途変更の見込みがありません。',
            '資産経営課 柳川',
          ),
        ],
      ],
      [
        '2026-07-02',
        [receipt('proposal'), move('提案書確認', '提案書を受領'), move('実施可否判断')],
      ],
      [
        '2026-07-14',
        [
          move(
            '不採択',
            '所管課と協議（施設の用途変更が必要）',
            '対象となる市有施設は、現在、行政財産として使用しており、貸付けに必要な用途変更の見込みが立たないため。',
          ),
          { do: 'generate', kind: 'replyDeclined' },
          { do: 'sendLetter', kind: 'replyDeclined' },
        ],
      ],
    ],
  },
  {
    key: '風力発電',
    on: '2026-06-15',
    answers: form({
      organisation: '株式会社みちのくエナジー',
      address: '青森県青森市大字石江字江渡5番地',
      representative: '代表取締役 風間 隼人',
      type: COMPANY,
      name: '風間 美咲',
      email: 'info@michinoku-energy.example.co.jp',
      phone: '017-781-6600',
      title: '市有地への大型風力発電所の設置',
      method: PROPERTY,
      content: '市有地（約20ha）に出力2万kWの風力発電所を建設し、売電収入の一部を市に還元します。',
    }),
    timeline: [
      [
        '2026-06-26',
        [
          move(
            '不採択',
            '市の土地利用計画と合わず、早い段階で実施困難と判断',
            '対象の市有地は、市の土地利用計画で農業振興地域に位置付けており、発電施設の用地とすることができないため。',
          ),
        ],
      ],
    ],
  },
  {
    key: '周遊バス',
    on: '2026-07-06',
    answers: form({
      organisation: '一般社団法人あおもり観光ネット',
      address: '青森県青森市柳川一丁目1番1号',
      representative: '代表理事 善知鳥 学',
      type: NPO,
      name: '善知鳥 里美',
      email: 'office@aomori-kanko.example.or.jp',
      phone: '017-752-7700',
      title: '夏祭り期間の周遊バスの共同運行',
      method: PARTNERSHIP,
      content:
        'ねぶた祭期間に、駅と観光施設を結ぶ周遊バスを共同で運行します。車両は会員事業者が提供し、市には停留所の確保をお願いしたい。',
      roles: [FIELD, PR],
    }),
    timeline: [
      ['2026-07-09', [move('対話・調整', '内容を確認')]],
      ['2026-07-21', [move('取下げ', '提案者から今年度は見送るとの連絡')]],
      ['2026-07-22', [{ do: 'typeStatus', value: '完了' }]],
    ],
  },
  {
    key: '祭りの混雑予測',
    on: '2026-07-27',
    via: 'preConsultation',
    answers: {
      organisation: '株式会社ねぶたラボ',
      applicantType: COMPANY,
      name: '津軽 一郎',
      email: 'ichiro@nebuta-lab.example.co.jp',
      phone: '017-111-2222',
      title: '祭りの混雑予測',
      method: POC,
      content: '人流データを使った祭り会場の混雑予測について、実証の進め方を相談したい。',
    },
    timeline: [
      [
        '2026-08-05',
        [
          dialogue(
            '株式会社ねぶたラボ 津軽 一郎、デスク',
            '事前相談。実証の範囲と提案の手順を説明した。',
          ),
        ],
      ],
      [
        '2026-08-10',
        [
          move('受付・内容確認', '正式な提案として受付'),
          {
            do: 'typeCell',
            key: 'review',
            value: '',
            note: '提案書の提出時に留意事項への同意を確認し「要確認」を消す',
          },
        ],
      ],
      ['2026-08-17', [move('対話・調整', '観光課を交えて対話')]],
    ],
  },
  {
    key: 'ふるさと納税',
    on: '2026-08-24',
    answers: form({
      organisation: '津軽製薬株式会社',
      address: '東京都千代田区丸の内一丁目9番9号',
      representative: '代表取締役社長 津軽 剛',
      type: COMPANY,
      name: '岩木 陽子',
      email: 'csr@tsugaru-pharma.example.co.jp',
      phone: '03-5555-0101',
      title: '企業版ふるさと納税による健康づくり事業への寄附',
      method: FURUSATO,
      content:
        '創業の地である青森市の健康寿命の延伸に向け、地方創生応援税制を活用して健康づくり事業へ500万円を寄附したい。',
    }),
    timeline: [
      ['2026-08-27', [assign('財政課', '地域再生計画の対象事業に該当するかご確認ください。')]],
      ['2026-09-04', [answer('対応可', '健康づくり推進事業が該当します。', '財政課 金木')]],
      ['2026-09-07', [move('担当課へ引継ぎ', '財政課の寄附受納手続へ')]],
    ],
  },
  {
    key: '旧校舎活用',
    on: '2026-09-07',
    answers: form({
      organisation: '株式会社みなとまち不動産',
      address: '青森県青森市古川一丁目20番3号',
      representative: '代表取締役 古川 進',
      type: COMPANY,
      name: '古川 奈々',
      email: 'info@minatomachi-re.example.co.jp',
      phone: '017-734-8800',
      title: '旧小学校校舎の宿泊・交流施設への転用',
      method: PROPERTY,
      content:
        '閉校した旧小学校の校舎を、合宿や修学旅行向けの宿泊・交流施設に改修して運営します。施設の貸付けを希望します。',
    }),
    timeline: [
      [
        '2026-09-10',
        [assign('資産経営課', '旧校舎の利活用方針と、貸付け公募の予定をご回答ください。')],
      ],
      ['2026-09-24', [move('担当課へ引継ぎ', '資産経営課のサウンディング調査で扱う')]],
    ],
  },
  {
    key: '公園の指定管理',
    on: '2026-09-28',
    answers: form({
      organisation: '特定非営利活動法人あおもり緑の会',
      address: '青森県青森市合浦一丁目4番1号',
      representative: '理事長 松森 緑',
      type: NPO,
      name: '松森 緑',
      email: 'midori@aomori-green.example.or.jp',
      phone: '017-741-9900',
      title: '合浦公園の指定管理と市民花壇の運営',
      method: DESIGNATED,
      content:
        '次期指定管理者の公募に向け、市民ボランティアによる花壇づくりを取り入れた公園運営を提案します。',
    }),
    timeline: [
      ['2026-10-01', [assign('公園河川課', '次期指定管理者の公募日程をご教示ください。')]],
      ['2026-10-08', [move('担当課へ引継ぎ', '公園河川課の公募手続へ')]],
      ['2026-11-30', [move('完了', '公募への応募を受けて完了')]],
    ],
  },
  {
    key: 'りんごカフェ',
    on: '2026-10-05',
    answers: form({
      organisation: 'りんごの木カフェ',
      address: '青森県青森市新町二丁目6番15号',
      representative: '店主 木村 りん',
      type: SOLE,
      name: '木村 りん',
      email: 'rin@ringonoki-cafe.example.jp',
      phone: '017-722-1234',
      title: '規格外りんごを使った学校給食デザートの共同開発',
      method: PARTNERSHIP,
      content:
        '規格外のりんごを使い、学校給食向けの低糖デザートを共同開発します。試作と食育の出前授業は当店が担い、市には学校との調整をお願いしたい。',
      roles: [FIELD, COORDINATION],
    }),
    timeline: [
      ['2026-10-08', [move('対話・調整', '内容を確認')]],
      [
        '2026-10-21',
        [
          dialogue(
            'りんごの木カフェ 木村 りん、学校給食課、デスク',
            '試作品の試食会を11月に開くことを決めた。',
          ),
          receipt('proposal'),
          move('提案書確認', '企画書を受領'),
        ],
      ],
      ['2026-11-11', [move('実施可否判断')]],
      ['2026-11-18', [move('回答（可）', '実施可と回答')]],
      ['2026-12-02', [move('事業実施', '協定によらず個別に実施')]],
    ],
  },
  {
    key: '子ども食堂',
    on: '2026-10-19',
    answers: form({
      organisation: '特定非営利活動法人つがる子ども未来',
      address: '青森県青森市桜川四丁目2番22号',
      representative: '理事長 桜川 望',
      type: NPO,
      name: '桜川 望',
      email: 'nozomi@tsugaru-kodomo.example.or.jp',
      phone: '017-742-3456',
      title: '市民センターを会場にした子ども食堂の定期開催',
      method: PARTNERSHIP,
      content:
        '市内3か所の市民センターで月2回の子ども食堂を開きます。食材は地元企業の寄付で賄い、市には会場の確保と学校を通じた案内をお願いしたい。',
      roles: [FIELD, PR],
    }),
    timeline: [
      [
        '2026-10-22',
        [
          move('対話・調整', '内容を確認'),
          assign('子ども支援課', '会場の確保と学校での案内の可否をご回答ください。'),
        ],
      ],
      ['2026-11-02', [answer('対応可', '3館とも第2・第4土曜日が使えます。', '子ども支援課 花田')]],
      [
        '2026-11-16',
        [receipt('proposal'), move('提案書確認', '提案書を受領'), move('実施可否判断')],
      ],
      ['2026-11-24', [move('回答（可）', '実施可と回答')]],
      ['2027-01-12', [move('事業実施', '1月から開催')]],
    ],
  },
  {
    key: 'ドローン積雪調査',
    on: '2026-11-02',
    answers: form({
      organisation: '学校法人八甲田学園 青森工科大学',
      address: '青森県青森市大字幸畑字松元62番地',
      representative: '学長 幸畑 工',
      type: UNIVERSITY,
      name: '松元 翔',
      email: 'drone-lab@aomori-tech-u.example.ac.jp',
      phone: '017-738-2222',
      title: 'ドローンによる屋根の積雪量調査の実証実験',
      method: POC,
      content:
        'ドローンとレーザー計測で空き家の屋根の積雪量を調べ、倒壊の危険を早く見つける方法を検証します。',
      roles: [FIELD, DATA],
    }),
    timeline: [
      ['2026-11-05', [move('対話・調整', '内容を確認')]],
      [
        '2026-12-10',
        [
          receipt('proposal'),
          move('提案書確認', '提案書を受領'),
          move('実施可否判断', '航空法の許可を確認中'),
        ],
      ],
    ],
  },
  {
    key: '高齢者見守り',
    on: '2026-12-21',
    answers: form({
      organisation: '社会福祉法人ゆきあかり',
      address: '青森県青森市大字三内字丸山2番地',
      representative: '理事長 灯 光',
      type: NPO,
      name: '灯 ひかり',
      email: 'info@yukiakari.example.or.jp',
      phone: '017-766-4321',
      title: '冬季の高齢者見守りサービスの連携',
      method: PARTNERSHIP,
      content:
        '大雪の日に一人暮らしの高齢者宅を訪ね、除雪の必要と体調を確認する見守りを、市の安否確認と連携して行います。',
      roles: [DATA, COORDINATION],
      personalData: 0,
    }),
    timeline: [['2027-01-06', [move('対話・調整', '年明けに対話を開始')]]],
  },
  {
    key: 'バス混雑配信',
    on: '2026-12-24',
    answers: form({
      organisation: '青森交通株式会社',
      address: '青森県青森市大字浜田字豊田250番地',
      representative: '代表取締役 浜田 豊',
      type: COMPANY,
      name: '豊田 陸',
      email: 'dx@aomori-kotsu.example.co.jp',
      phone: '017-738-0001',
      title: '路線バスの混雑状況のリアルタイム配信',
      kind: CHALLENGE,
      challenge: 'K-003 路線バスの利用促進',
      method: PARTNERSHIP,
      content:
        '自社路線バスの車内混雑を乗降センサーで計測し、市のバス情報サイトと合わせて配信します。',
      roles: [DATA, PR],
    }),
    timeline: [['2027-01-13', [move('対話・調整', '年末年始をはさみ、期限を過ぎて着手')]]],
  },
  {
    key: 'オープンデータ',
    on: '2027-01-18',
    answers: form({
      organisation: '株式会社北国データ',
      address: '青森県青森市新町一丁目11番22号',
      representative: '代表取締役 北国 誠',
      type: COMPANY,
      name: '北国 彩',
      email: 'opendata@kitaguni-data.example.co.jp',
      phone: '017-762-7777',
      title: '市のオープンデータの共同整備',
      method: OTHER,
      content: '市が公開する統計データを機械判読できる形式に整え、API として無償提供します。',
    }),
    timeline: [
      ['2027-01-21', [assign('情報政策課', 'オープンデータの整備方針との整合をご確認ください。')]],
      [
        '2027-02-01',
        [answer('対応可', '推奨データセットの整備に合わせて進めます。', '情報政策課 三上')],
      ],
      ['2027-02-03', [move('担当課へ引継ぎ', '情報政策課で扱う')]],
    ],
  },
  {
    key: '海岸清掃',
    on: '2027-02-08',
    answers: form({
      organisation: '特定非営利活動法人あおもり海の環境ネット',
      address: '青森県青森市合浦二丁目8番3号',
      representative: '理事長 浦田 海',
      type: NPO,
      name: '浦田 渚',
      email: 'umi@aomori-sea.example.or.jp',
      phone: '017-743-5151',
      title: '陸奥湾沿岸の海岸清掃と海ごみ調査',
      method: PARTNERSHIP,
      content:
        '企業ボランティアと市民による海岸清掃を年4回開き、回収した海ごみを分類・記録して市の環境施策に役立てます。',
      roles: [PR, COORDINATION],
    }),
    timeline: [
      [
        '2027-02-12',
        [
          move('対話・調整', '内容を確認'),
          assign('環境政策課', '回収ごみの処理と、調査データの活用についてご意見をお願いします。'),
        ],
      ],
    ],
  },
];
