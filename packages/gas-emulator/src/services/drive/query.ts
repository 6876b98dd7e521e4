/**
 * The search language of DriveApp.searchFiles / searchFolders: Drive API v2 query terms
 * (developers.google.com/drive/api/guides/ref-search-terms, "v2" column), as the Apps Script
 * reference says: "the Drive service uses v2 of the Drive API and some query fields differ from
 * v3". So `title`, `modifiedDate`, `createdDate` are valid here and `name`, `modifiedTime` are not.
 *
 * Supported: title, fullText, mimeType, modifiedDate, createdDate, trashed, starred,
 * '<id>' in parents, '<email>' in owners / writers / readers, and / or / not, parentheses.
 */
import { DRIVE_ERRORS } from './errors';
import type { DriveFileRecord } from './store';

export type Predicate = (record: DriveFileRecord) => boolean;

export interface ParsedQuery {
  matches: Predicate;
  /** Whether the query says anything about `trashed` (if not, trashed items are left out). */
  mentionsTrashed: boolean;
}

type Token =
  | { type: 'string'; value: string }
  | { type: 'word'; value: string }
  | { type: 'op'; value: string }
  | { type: 'paren'; value: '(' | ')' };

function fail(): never {
  throw new Error(DRIVE_ERRORS.invalidQuery);
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i];
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === "'" || ch === '"') {
      let value = '';
      i += 1;
      while (i < query.length && query[i] !== ch) {
        if (query[i] === '\\' && i + 1 < query.length) i += 1;
        value += query[i];
        i += 1;
      }
      if (i >= query.length) fail();
      i += 1;
      tokens.push({ type: 'string', value });
    } else if (ch === '(' || ch === ')') {
      tokens.push({ type: 'paren', value: ch });
      i += 1;
    } else if ('=!<>'.includes(ch)) {
      const two = query.slice(i, i + 2);
      const op = ['!=', '<=', '>='].includes(two) ? two : ch;
      if (op === '!') fail();
      tokens.push({ type: 'op', value: op });
      i += op.length;
    } else {
      const match = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(query.slice(i));
      if (!match) fail();
      tokens.push({ type: 'word', value: match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

const DATE_FIELDS: Record<string, (r: DriveFileRecord) => Date> = {
  modifiedDate: (r) => r.lastUpdated,
  createdDate: (r) => r.dateCreated,
};

const COLLECTIONS: Record<string, (r: DriveFileRecord) => string[]> = {
  parents: (r) => r.parents,
  owners: (r) => [r.owner],
  writers: (r) => [r.owner, ...r.editors],
  readers: (r) => [r.owner, ...r.editors, ...r.commenters, ...r.viewers],
};

function compare(op: string, a: number, b: number): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return fail();
  }
}

/** RFC 3339 dates as Drive takes them ('2013-02-28', '2012-06-04T12:00:00-08:00'; UTC if no zone). */
function parseDate(text: string): number {
  const withZone = /T.*([zZ]|[+-]\d\d:\d\d)$/.test(text)
    ? text
    : text.includes('T')
      ? `${text}Z`
      : `${text}T00:00:00Z`;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) fail();
  return ms;
}

class Parser {
  private index = 0;
  mentionsTrashed = false;

  constructor(
    private readonly tokens: Token[],
    private readonly textOf: (record: DriveFileRecord) => string,
  ) {}

  parse(): Predicate {
    const result = this.orExpression();
    if (this.index < this.tokens.length) fail();
    return result;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private take(): Token {
    const token = this.tokens[this.index];
    if (!token) fail();
    this.index += 1;
    return token;
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token?.type === 'word' && token.value.toLowerCase() === word;
  }

  private orExpression(): Predicate {
    let left = this.andExpression();
    while (this.isWord('or')) {
      this.index += 1;
      const a = left;
      const b = this.andExpression();
      left = (r) => a(r) || b(r);
    }
    return left;
  }

  private andExpression(): Predicate {
    let left = this.unary();
    while (this.isWord('and')) {
      this.index += 1;
      const a = left;
      const b = this.unary();
      left = (r) => a(r) && b(r);
    }
    return left;
  }

  private unary(): Predicate {
    if (this.isWord('not')) {
      this.index += 1;
      const inner = this.unary();
      return (r) => !inner(r);
    }
    const token = this.peek();
    if (token?.type === 'paren' && token.value === '(') {
      this.index += 1;
      const inner = this.orExpression();
      const close = this.take();
      if (close.type !== 'paren' || close.value !== ')') fail();
      return inner;
    }
    return this.term();
  }

  private term(): Predicate {
    const first = this.take();
    if (first.type === 'string') {
      // '<value>' in <collection>
      const keyword = this.take();
      const collection = this.take();
      if (keyword.type !== 'word' || keyword.value.toLowerCase() !== 'in') fail();
      if (collection.type !== 'word') fail();
      const values = COLLECTIONS[collection.value];
      if (!values) fail();
      return (r) => values(r).includes(first.value);
    }
    if (first.type !== 'word') fail();
    const field = first.value;
    const operator = this.take();
    const op =
      operator.type === 'op'
        ? operator.value
        : operator.type === 'word' && operator.value.toLowerCase() === 'contains'
          ? 'contains'
          : fail();
    const operand = this.take();
    return this.fieldTerm(field, op, operand);
  }

  private fieldTerm(field: string, op: string, operand: Token): Predicate {
    if (field === 'trashed' || field === 'starred') {
      if (operand.type !== 'word' || !['true', 'false'].includes(operand.value)) fail();
      if (op !== '=' && op !== '!=') fail();
      if (field === 'trashed') this.mentionsTrashed = true;
      const wanted = (operand.value === 'true') === (op === '=');
      return field === 'trashed' ? (r) => r.trashed === wanted : (r) => r.starred === wanted;
    }
    if (operand.type !== 'string') fail();
    const value = operand.value;
    if (field === 'title' || field === 'mimeType') {
      const get = (r: DriveFileRecord) => (field === 'title' ? r.name : r.mimeType);
      if (op === '=') return (r) => get(r) === value;
      if (op === '!=') return (r) => get(r) !== value;
      if (op === 'contains') {
        // title contains is a prefix / word match in Drive; a substring match is the closer
        // superset for scripts that search for a known fragment.
        const needle = value.toLowerCase();
        return (r) => get(r).toLowerCase().includes(needle);
      }
      return fail();
    }
    if (field === 'fullText') {
      if (op !== 'contains') fail();
      const needle = value.toLowerCase();
      return (r) =>
        r.name.toLowerCase().includes(needle) ||
        (r.description ?? '').toLowerCase().includes(needle) ||
        this.textOf(r).toLowerCase().includes(needle);
    }
    const dateOf = DATE_FIELDS[field];
    if (dateOf) {
      const ms = parseDate(value);
      return (r) => compare(op, dateOf(r).getTime(), ms);
    }
    return fail();
  }
}

/**
 * Parses a v2 query. `textOf` gives a file's searchable text (for fullText contains). An empty
 * query matches everything.
 */
export function parseQuery(
  query: string,
  textOf: (record: DriveFileRecord) => string = () => '',
): ParsedQuery {
  const tokens = tokenize(String(query ?? ''));
  if (tokens.length === 0) return { matches: () => true, mentionsTrashed: false };
  const parser = new Parser(tokens, textOf);
  const matches = parser.parse();
  return { matches, mentionsTrashed: parser.mentionsTrashed };
}
