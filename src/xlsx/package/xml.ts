import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  drawingMain: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
} as const;

export const REL_TYPE = {
  worksheet: `${NS.rel}/worksheet`,
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
  table: `${NS.rel}/table`,
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
} as const;

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export type XmlDocument = ReturnType<DOMParser['parseFromString']>;
export type XmlElement = NonNullable<XmlDocument['documentElement']>;

export function parseXml(text: string): XmlDocument {
  // Without a handler xmldom logs every problem to the console; a fatal one still throws.
  return new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
}

export function serializeXml(doc: XmlDocument): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith('<?xml') ? text : XML_HEADER + text;
}

/** The root element of a parsed part. */
export function rootOf(doc: XmlDocument): XmlElement {
  const root = doc.documentElement;
  if (!root) throw new Error('The part has no root element');
  return root;
}

/** The direct children of an element with a local name. */
export function childrenNamed(parent: XmlElement, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as XmlElement).localName === localName)
      found.push(node as XmlElement);
  }
  return found;
}

export function firstChildNamed(parent: XmlElement, localName: string): XmlElement | null {
  return childrenNamed(parent, localName)[0] ?? null;
}

// XML 1.0 cannot carry most control characters, so these patterns must name them.
/* eslint-disable no-control-regex */
/** Any character {@link escapeXml} changes: markup, `_x`, control characters, lone surrogates. */
const NEEDS_ESCAPE = /[&<>"_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Escapes text for an XML element or attribute. Characters XML cannot carry (control
 * characters) are written as OOXML `_xHHHH_` escapes, and a literal `_xHHHH_` is protected.
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    )
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
/* eslint-enable no-control-regex */
