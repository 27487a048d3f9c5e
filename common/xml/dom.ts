// A strict, single XML parse and the few DOM walks the SAML checks need. Everything below
// walks direct children by namespace and local name: no XPath (slow, and `//` searches are
// how signature-wrapping attacks slip in), no search by ID.
import { DOMParser } from '@xmldom/xmldom';

export class XmlRefused extends Error {}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Parses a document, refusing DTDs (so no entity expansion, internal or external) and any parser complaint. */
export function parseXml(xml: string): Document {
  // A DOCTYPE has no place in SAML (SAML core 1.3.5 / bindings): refuse before the parser sees it.
  if (/<!DOCTYPE|<!ENTITY|<!ELEMENT|<!ATTLIST/i.test(xml)) throw new XmlRefused('the message contains a DTD (DOCTYPE/ENTITY), which SAML forbids');
  const problems: string[] = [];
  const parser = new DOMParser({
    errorHandler: {
      warning: (msg: string) => problems.push(msg),
      error: (msg: string) => problems.push(msg),
      fatalError: (msg: string) => problems.push(msg),
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(xml, 'text/xml') as unknown as Document;
  } catch (error) {
    throw new XmlRefused(`not well-formed XML (${String((error as Error).message ?? error).slice(0, 120)})`);
  }
  if (problems.length) throw new XmlRefused(`not well-formed XML (${problems[0]!.replace(/\s+/g, ' ').slice(0, 120)})`);
  if (!doc?.documentElement) throw new XmlRefused('no document element');
  return doc;
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT;
}

/** Direct element children, optionally only those with this namespace and local name. */
export function childElements(parent: Node, ns?: string, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (!isElement(n)) continue;
    if (ns !== undefined && (n.namespaceURI !== ns || n.localName !== localName)) continue;
    out.push(n);
  }
  return out;
}

/** The direct child named so: undefined when absent, `'many'` when repeated. */
export function onlyChild(parent: Node, ns: string, localName: string): Element | undefined | 'many' {
  const found = childElements(parent, ns, localName);
  return found.length > 1 ? 'many' : found[0];
}

/** Every element of the document (or under a node), depth first. */
export function* allElements(root: Node): Generator<Element> {
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (isElement(n)) {
      yield n;
      yield* allElements(n);
    }
  }
}

/**
 * The text of an element read whole: all text and CDATA descendants, comments and
 * processing instructions skipped (so `a@x.example<!---->.evil.example` reads as
 * `a@x.example.evil.example`, exactly what exclusive C14N without comments signed).
 */
export function textOf(el: Node): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT || n.nodeType === CDATA) out += n.nodeValue ?? '';
    else if (n.nodeType === ELEMENT) out += textOf(n);
  }
  return out;
}

/** An unqualified attribute's value, undefined when absent. */
export function attr(el: Element, name: string): string | undefined {
  const a = el.getAttributeNode(name);
  return a ? a.value : undefined;
}
