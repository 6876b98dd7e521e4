/**
 * A document kind is one row of DOCUMENT_KIND_TABLE (src/domain/documents/kindTable.ts), its
 * texts in src/strings/documents.ts and its rule in DOCUMENT_RULES (src/domain/workflow/processTable.ts,
 * where status names are written) (issue 11). Every kind's behaviour — its 設定 row and default,
 * its default template, the placeholders it needs, reply letter or agreement, and the statuses
 * its rule allows with its refusal text — is built here from those alone and compared with what
 * the functions that use the kinds do.
 */
import {
  collectValues,
  DEFAULT_TEMPLATES,
  DOCUMENT_KIND_IDS,
  DOCUMENT_KIND_TABLE,
  DOCUMENT_KINDS,
  documentKind,
  isReplyLetter,
  kindAvailability,
  kindRow,
  missingFor,
  PLACEHOLDERS,
  PlaceholderValues,
} from '../../src/domain/documents';
import { defaultSettings, SETTING_DEFINITIONS } from '../../src/domain/settings';
import {
  ALL_TRACKS,
  DOCUMENT_RULES,
  milestoneStatus,
  PROCESS,
  statusDefinition,
  statusesOf,
  stepIndex,
  Track,
} from '../../src/domain/workflow';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_MESSAGES,
  DOCUMENT_TEMPLATE_SETTINGS,
  PLACEHOLDER_TEXT,
} from '../../src/strings/documents';

/** Where a status stands on a track (-1 off it; 完了 past every step). */
function position(track: Track, status: string | undefined): number {
  return status === undefined ? -1 : stepIndex(track, status);
}

/** May the kind be made at this status, read from its rule (DOCUMENT_RULES) only. */
function allowedByRule(id: (typeof DOCUMENT_KIND_IDS)[number], track: Track, status: string) {
  const rule = DOCUMENT_RULES[id];
  if (!rule.tracks.includes(track)) return false;
  const here = position(track, status);
  const listed =
    rule.at?.includes(status) === true &&
    (statusDefinition(status)?.terminal === true ||
      PROCESS.tracks[track].steps.some((s) => s.status === status));
  const answer = position(track, milestoneStatus(track, 'answer'));
  const fromMilestone = rule.from === 'answer' && here >= 0 && answer >= 0 && here >= answer;
  return listed || fromMilestone;
}

describe.each(DOCUMENT_KIND_IDS)('document kind %s, from its table row', (id) => {
  const row = DOCUMENT_KIND_TABLE[id];
  const kind = documentKind(id)!;

  it('is a kind with its label, template setting, family and tracks', () => {
    expect(DOCUMENT_KINDS.filter((k) => k.id === id)).toEqual([
      {
        id,
        label: DOCUMENT_KIND_LABELS[id],
        templateSetting: row.templateSetting,
        agreement: row.family === 'agreement',
        tracks: DOCUMENT_RULES[id].tracks,
      },
    ]);
    expect(isReplyLetter(kind)).toBe(row.family === 'reply');
    expect(PROCESS.documents[id]).toBe(DOCUMENT_RULES[id]);
  });

  it('is allowed exactly at the statuses its rule names, refused with its own text', () => {
    for (const track of ALL_TRACKS) {
      for (const status of statusesOf(track)) {
        const availability = kindAvailability(kind, track, status);
        expect({ track, status, ok: availability.ok }).toEqual({
          track,
          status,
          ok: allowedByRule(id, track, status),
        });
        if (!availability.ok) {
          expect(availability.message).toBe(
            DOCUMENT_MESSAGES.notAvailable(kind.label, status, row.when),
          );
        }
      }
    }
  });

  it('has its 設定 row, blank by default', () => {
    const rows = SETTING_DEFINITIONS.filter((d) => d.key === row.templateSetting);
    expect(rows).toEqual([
      {
        key: row.templateSetting,
        label: DOCUMENT_TEMPLATE_SETTINGS[id].label,
        kind: 'text',
        description: DOCUMENT_TEMPLATE_SETTINGS[id].description,
      },
    ]);
    expect(defaultSettings()[row.templateSetting]).toBe('');
  });

  it('has its default template', () => {
    expect(DEFAULT_TEMPLATES[id]).toBe(row.template);
    expect(row.template.kind).toBe(id);
  });

  it('needs exactly the placeholders its row requires', () => {
    const required = PLACEHOLDERS.filter((p) => p.requiredFor.includes(id)).map((p) => p.key);
    expect([...required].sort()).toEqual([...new Set(row.requires)].sort());
    const empty: PlaceholderValues = { values: new Map(), problems: new Map() };
    const missing = missingFor(id, empty).map((m) => m.field);
    expect(missing).toHaveLength(required.length);
  });

  it('asks for the minimum number of entries its row sets', () => {
    const minimum: Partial<Record<keyof typeof PLACEHOLDER_TEXT, number>> =
      kindRow(id).minimumEntries ?? {};
    const collected = collectValues({
      record: { partnershipItems: 'ひとつ' },
      settings: defaultSettings(),
      today: '2026-04-01',
      version: 1,
    });
    const tooFew = missingFor(id, collected).filter((m) => m.reason.includes('以上'));
    expect(tooFew.length).toBe(
      (minimum.partnershipItems ?? 0) > 1 && row.requires.includes('partnershipItems') ? 1 : 0,
    );
  });
});

it('every kind the strings name has a row and a rule (a new kind is those and its texts)', () => {
  expect(DOCUMENT_KIND_IDS).toEqual(Object.keys(DOCUMENT_KIND_LABELS));
  expect(Object.keys(DOCUMENT_TEMPLATE_SETTINGS)).toEqual(DOCUMENT_KIND_IDS);
  expect(Object.keys(DOCUMENT_RULES)).toEqual(DOCUMENT_KIND_IDS);
});
