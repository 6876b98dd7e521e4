/** Maps the form's 連携手法 answer to a track. */
import { Track } from './tracks';

/** The form's choices for methods handled by the owning department (guideline p.「その他の連携手法」). */
export const OTHER_METHODS = [
  '企業版ふるさと納税',
  '公有財産の利活用',
  '指定管理者制度',
  'ネーミングライツ',
  '広告事業',
  'その他',
] as const;

/**
 * Matching is by keyword so small wording changes in the form ('パートナーシップ',
 * '実証実験サポート（PoC）', stray spaces) still land on the right track. Anything else,
 * including an empty answer, goes to 'other': the desk reviews it at 受付・内容確認 anyway.
 */
export function trackFromMethod(method: string): Track {
  const normalized = method.replace(/[\s\u3000]/g, '');
  if (normalized.includes('パートナーシップ')) return 'partnership';
  if (normalized.includes('実証実験')) return 'poc';
  return 'other';
}
