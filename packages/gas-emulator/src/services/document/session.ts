/**
 * What every facade of one opened document shares: the workspace (for the ledger and Drive), the
 * document id, and whether saveAndClose() has closed it. Also the registry mapping model nodes to
 * facade classes, and facades back to nodes (arguments like getChildIndex(child) or
 * appendParagraph(paragraph) hand facades in).
 */
import type { Workspace } from '../../workspace';
import type { CostKind } from '../../core/latency';
import { DOCUMENT_ERRORS } from './errors';
import type { DocNode, NodeType } from './model';

export const SERVICE = 'DocumentApp';

export class DocSession {
  closed = false;
  constructor(
    readonly ws: Workspace,
    readonly docId: string | null,
  ) {}

  /** Records one call; every call through a closed Document fails as in Apps Script. */
  charge(method: string, kind: CostKind = 'documentEdit'): void {
    if (this.closed) throw new Error(DOCUMENT_ERRORS.closed);
    this.ws.charge(SERVICE, method, kind);
  }
}

type FacadeConstructor = new (session: DocSession, node: DocNode) => object;

const constructors = new Map<NodeType, FacadeConstructor>();
const nodes = new WeakMap<object, DocNode>();

export function registerElementClass(type: NodeType, ctor: FacadeConstructor): void {
  constructors.set(type, ctor);
}

export function bindNode(facade: object, node: DocNode): void {
  nodes.set(facade, node);
}

/** The facade Apps Script would hand out for `node` (a new wrapper each time, as in Google). */
export function wrap<T = GoogleAppsScript.Document.Element>(session: DocSession, node: DocNode): T {
  const ctor = constructors.get(node.type);
  if (!ctor) throw new Error(DOCUMENT_ERRORS.unsupported(`element type ${node.type}`));
  return new ctor(session, node) as unknown as T;
}

export function wrapOrNull<T = GoogleAppsScript.Document.Element>(
  session: DocSession,
  node: DocNode | null | undefined,
): T {
  return (node ? wrap<T>(session, node) : null) as T;
}

/** The node behind an element argument; anything else is an invalid argument. */
export function nodeOf(value: unknown, argName = 'element'): DocNode {
  const node = typeof value === 'object' && value !== null ? nodes.get(value) : undefined;
  if (!node) throw new Error(DOCUMENT_ERRORS.invalidArgument(argName));
  return node;
}
