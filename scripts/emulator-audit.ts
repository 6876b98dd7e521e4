/**
 * Writes docs/emulator-audit.md: every emulated Apps Script class and its methods, read from the
 * code (each facade's `assertGoogleShape<Fake, GoogleType>(true)` names the class it emulates),
 * with the reference page, what each method's comment says it follows (a quoted reference
 * sentence, "assumed", "observed"), its ledger charge, whether the add-on calls a method of that
 * name, the members of Google's interface that are not emulated, every error message with its
 * basis, and the hand-written notes of scripts/emulator-audit-notes.ts.
 *
 *   npx tsx scripts/emulator-audit.ts          # rewrite docs/emulator-audit.md
 *   npx tsx scripts/emulator-audit.ts --check  # exit 1 when the file is not up to date
 */
import * as fs from 'fs';
import * as path from 'path';
import * as prettier from 'prettier';
import ts from 'typescript';
import { CLASS_NOTES, ERROR_NOTES, GENERAL_NOTES, SERVICE_NOTES } from './emulator-audit-notes';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs', 'emulator-audit.md');

/** GoogleAppsScript namespace → reference path segment. */
const NAMESPACE_PATHS: Record<string, string> = {
  Spreadsheet: 'spreadsheet',
  Forms: 'forms',
  Document: 'document',
  Drive: 'drive',
  HTML: 'html',
  Charts: 'charts',
  Base: 'base',
  Properties: 'properties',
  Lock: 'lock',
  Script: 'script',
  Mail: 'mail',
  Utilities: 'utilities',
  Cache: 'cache',
};

export interface MethodRow {
  name: string;
  kind: 'method' | 'property';
  basis: string;
  ledger: string;
  usedBySrc: boolean;
}

export interface ClassRow {
  fake: string;
  google: string;
  file: string;
  reference: string;
  methods: MethodRow[];
  notEmulated: string[];
}

export interface ErrorRow {
  table: string;
  key: string;
  basis: string;
  message: string;
  file: string;
}

function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** developers.google.com/apps-script/reference/<namespace>/<class-in-kebab-case> */
export function referenceUrl(google: string): string {
  const [root, namespace, cls] = google.split('.');
  if (root !== 'GoogleAppsScript' || !cls) {
    return 'https://developers.google.com/apps-script/reference/base/console';
  }
  const segment = NAMESPACE_PATHS[namespace] ?? namespace.toLowerCase();
  return `https://developers.google.com/apps-script/reference/${segment}/${kebab(cls)}`;
}

/** What a comment says the code follows. */
function basisOf(comment: string): string {
  const text = comment.replace(/\s+/g, ' ');
  const marks: string[] = [];
  if (/"[^"]{12,}"|“[^”]{12,}”|\bdocumented\b|\bDocumented\b/.test(text)) marks.push('doc');
  if (/\bobserved\b/i.test(text)) marks.push('observed');
  if (/\bassum(ed|ption|es)\b/i.test(text)) marks.push('assumed');
  return marks.length ? marks.join(', ') : '—';
}

const COST_KINDS = [
  'local',
  'read',
  'write',
  'mail',
  'properties',
  'lock',
  'script',
  'form',
  'ui',
  'document',
  'documentEdit',
  'drive',
  'convert',
  'free',
];

/** The ledger kinds charged directly in `body` (string literals passed to a charge call). */
function ledgerOf(body: string): string {
  const kinds = new Set<string>();
  for (const m of body.matchAll(/charge\w*\(([^;]*?)\)/g)) {
    for (const k of m[1].matchAll(/'(\w+)'/g)) if (COST_KINDS.includes(k[1])) kinds.add(k[1]);
  }
  if (kinds.size) return [...kinds].join(', ');
  return /charge\w*\(|this\.(held|style|models|model)\(|record\(/.test(body) ? 'yes' : '—';
}

function leadingComment(node: ts.Node, text: string): string {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  return ranges.map((r) => text.slice(r.pos, r.end)).join('\n');
}

/** Names the add-on calls (`.name(`) anywhere in src/. */
function namesCalledBySrc(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|html)$/.test(entry.name)) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/\.([A-Za-z_$][\w$]*)\s*\(/g)) {
          names.add(m[1]);
        }
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  return names;
}

function emulatorFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) out.push(full);
    }
  };
  walk(path.join(ROOT, 'emulator'));
  return out.sort();
}

/** The GoogleAppsScript name of a type (`X & { toString(): string }` gives X's). */
function googleName(checker: ts.TypeChecker, type: ts.Type): string {
  const parts = type.isIntersection() ? type.types : [type];
  const names = parts.map((t) => {
    const symbol = t.aliasSymbol ?? t.getSymbol();
    return symbol ? checker.getFullyQualifiedName(symbol).replace(/^global\./, '') : '';
  });
  return names.find((n) => n.startsWith('GoogleAppsScript.')) ?? names.find(Boolean) ?? '?';
}

export function collect(): { classes: ClassRow[]; errors: ErrorRow[] } {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(emulatorFiles(), parsed.options);
  const checker = program.getTypeChecker();
  const srcNames = namesCalledBySrc();
  const classes: ClassRow[] = [];
  const errors: ErrorRow[] = [];

  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(path.join(ROOT, 'emulator'))) continue;
    const text = file.getFullText();
    const rel = path.relative(ROOT, file.fileName);
    const visit = (node: ts.Node): void => {
      // assertGoogleShape<Fake, Google>(true)
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'assertGoogleShape' &&
        node.typeArguments?.length === 2
      ) {
        const fakeType = checker.getTypeFromTypeNode(node.typeArguments[0]);
        const googleType = checker.getTypeFromTypeNode(node.typeArguments[1]);
        const google = googleName(checker, googleType);
        const googleMembers = new Set(
          checker.getPropertiesOfType(googleType).map((p) => p.getName()),
        );
        const methods: MethodRow[] = [];
        for (const prop of checker.getPropertiesOfType(fakeType)) {
          const decl = prop.valueDeclaration ?? prop.declarations?.[0];
          if (!decl) continue;
          const flags = ts.getCombinedModifierFlags(decl as ts.Declaration);
          if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
          if (ts.isConstructorDeclaration(decl) || ts.isIndexSignatureDeclaration(decl)) continue;
          const declFile = decl.getSourceFile();
          const declText = declFile.getFullText();
          const isMethod = ts.isMethodDeclaration(decl);
          methods.push({
            name: prop.getName(),
            kind: isMethod ? 'method' : 'property',
            basis: basisOf(leadingComment(decl, declText)),
            ledger: isMethod ? ledgerOf(decl.getText()) : '—',
            usedBySrc: srcNames.has(prop.getName()),
          });
        }
        methods.sort((a, b) => a.name.localeCompare(b.name));
        const have = new Set(methods.map((m) => m.name));
        classes.push({
          fake: node.typeArguments[0].getText(),
          google: google.replace(/^global\./, ''),
          file: rel,
          reference: referenceUrl(google.replace(/^global\./, '')),
          methods,
          notEmulated: [...googleMembers].filter((n) => !have.has(n)).sort(),
        });
      }
      // export const X_ERRORS = { … } / MESSAGES = { … }
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        /(_ERRORS|MESSAGES)$/.test(node.name.text) &&
        node.initializer
      ) {
        let init: ts.Expression = node.initializer;
        while (ts.isAsExpression(init) || ts.isParenthesizedExpression(init))
          init = init.expression;
        if (ts.isObjectLiteralExpression(init)) {
          const tableComment = leadingComment(node.parent.parent, text);
          for (const prop of init.properties) {
            if (!prop.name) continue;
            const own = basisOf(leadingComment(prop, text));
            const id = `${node.name.text}.${prop.name.getText()}`;
            const value = ts.isPropertyAssignment(prop) ? prop.initializer.getText() : '';
            errors.push({
              table: node.name.text,
              key: prop.name.getText(),
              basis:
                own !== '—'
                  ? own
                  : (ERROR_NOTES[id] ?? (basisOf(tableComment) === '—' ? '—' : 'table comment')),
              message: value.replace(/\s+/g, ' ').slice(0, 90),
              file: rel,
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  classes.sort((a, b) => a.google.localeCompare(b.google) || a.fake.localeCompare(b.fake));
  return { classes, errors };
}

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function render(): string {
  const { classes, errors } = collect();
  const lines: string[] = [];
  const total = classes.reduce((n, c) => n + c.methods.length, 0);
  lines.push('# Emulator audit: every emulated class and method against the Apps Script reference');
  lines.push('');
  lines.push(
    '<!-- Generated by scripts/emulator-audit.ts from the emulator code and scripts/emulator-audit-notes.ts; do not edit by hand. Regenerate: npx tsx scripts/emulator-audit.ts -->',
  );
  lines.push('');
  lines.push(...GENERAL_NOTES);
  lines.push('');
  lines.push(`## Summary (${classes.length} classes, ${total} members)`);
  lines.push('');
  lines.push('| Class | Emulated by | Reference page | Members | Google members not emulated |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const c of classes) {
    lines.push(
      `| ${c.google} | \`${c.fake}\` (${c.file}) | [${c.reference.replace('https://developers.google.com/apps-script/reference/', '')}](${c.reference}) | ${c.methods.length} | ${c.notEmulated.length} |`,
    );
  }
  lines.push('');
  lines.push('## Classes');
  for (const c of classes) {
    const notes = CLASS_NOTES[c.google];
    const service = SERVICE_NOTES[c.google.split('.')[1] ?? ''];
    const errorsNote = notes?.errors ?? service?.errors;
    const notModelled = [...(notes?.notModelled ?? []), ...(service?.notModelled ?? [])];
    lines.push('');
    lines.push(`### ${c.google}`);
    lines.push('');
    lines.push(`Reference: ${c.reference} — emulated by \`${c.fake}\` in ${c.file}.`);
    lines.push('');
    lines.push(
      `Errors and limits: ${errorsNote ?? 'only the messages of the error table below (see their basis there).'}`,
    );
    lines.push('');
    lines.push(
      '| Member | Basis in the code comment | Ledger | Add-on calls a method of this name | Note |',
    );
    lines.push('| --- | --- | --- | --- | --- |');
    for (const m of c.methods) {
      const note = notes?.methods?.[m.name] ?? '';
      lines.push(
        `| ${m.name}${m.kind === 'method' ? '()' : ''} | ${m.basis} | ${m.ledger} | ${m.usedBySrc ? 'yes' : ''} | ${escapeCell(note)} |`,
      );
    }
    lines.push('');
    lines.push(
      `Not emulated (members of ${c.google} in @types/google-apps-script that the emulator lacks; calling one fails with "is not a function"): ${c.notEmulated.length ? c.notEmulated.map((n) => `\`${n}\``).join(', ') : 'none'}.`,
    );
    if (notModelled.length) {
      lines.push('');
      lines.push('Documented behaviours not modelled (class, then service-wide):');
      for (const n of notModelled) lines.push(`- ${n}`);
    }
  }
  lines.push('');
  lines.push('## Error messages and their basis');
  lines.push('');
  lines.push(
    'Each message table of the emulator, entry by entry: "observed" is Apps Script\'s own text as scripts meet it, "doc" follows a documented sentence, "assumed" is the emulator\'s wording where Google documents an exception but not its text (or documents nothing), "table comment" inherits the table\'s comment, "—" is unmarked.',
  );
  lines.push('');
  lines.push('| Table | Key | Basis | Message | File |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const e of errors) {
    lines.push(
      `| ${e.table} | ${e.key} | ${escapeCell(e.basis)} | \`${escapeCell(e.message).replace(/`/g, "'")}\` | ${e.file} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** The generated file, formatted as `prettier --check .` expects it. */
export async function renderFormatted(): Promise<string> {
  const options = (await prettier.resolveConfig(OUT)) ?? {};
  return prettier.format(render(), { ...options, filepath: OUT });
}

async function main(): Promise<void> {
  const text = await renderFormatted();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (current !== text) {
      console.error('docs/emulator-audit.md is out of date: run npx tsx scripts/emulator-audit.ts');
      process.exitCode = 1;
    }
    return;
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

if (require.main === module) void main();
