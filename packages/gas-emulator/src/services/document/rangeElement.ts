/**
 * RangeElement: developers.google.com/apps-script/reference/document/range-element
 * A search result: an element, and for a partial Text match the offsets of the matched characters
 * ("In all other cases, this method returns -1").
 */
import { assertGoogleShape } from '../../core/typing';
import type { DocNode } from './model';
import { DocSession, wrap } from './session';

export interface RangeInternals {
  node: DocNode;
  start: number;
  endInclusive: number;
}

const internals = new WeakMap<object, RangeInternals>();

export class FakeRangeElement {
  constructor(
    private readonly session: DocSession,
    private readonly node: DocNode,
    private readonly start: number,
    private readonly endInclusive: number,
  ) {
    internals.set(this, { node, start, endInclusive });
  }

  getElement(): GoogleAppsScript.Document.Element {
    this.session.charge('RangeElement.getElement', 'local');
    return wrap(this.session, this.node);
  }

  getStartOffset(): number {
    this.session.charge('RangeElement.getStartOffset', 'local');
    return this.start;
  }

  getEndOffsetInclusive(): number {
    this.session.charge('RangeElement.getEndOffsetInclusive', 'local');
    return this.endInclusive;
  }

  /** "Determines whether this range covers the entire element or a partial selection". */
  isPartial(): boolean {
    this.session.charge('RangeElement.isPartial', 'local');
    return this.start >= 0;
  }
}
assertGoogleShape<FakeRangeElement, GoogleAppsScript.Document.RangeElement>(true);

export function makeRangeElement(
  session: DocSession,
  node: DocNode,
  start = -1,
  endInclusive = -1,
): GoogleAppsScript.Document.RangeElement {
  return new FakeRangeElement(
    session,
    node,
    start,
    endInclusive,
  ) as unknown as GoogleAppsScript.Document.RangeElement;
}

/** The element and offsets of a `from` argument (findText/findElement continue after it). */
export function rangeInternals(value: unknown): RangeInternals | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? (internals.get(value) ?? null) : null;
}
