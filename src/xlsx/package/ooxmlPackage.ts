import JSZip from 'jszip';
import type { XmlDocument, XmlElement } from './xml';
import type { CONTENT_TYPE } from './xml';
import { NS, parseXml, rootOf, serializeXml, XML_HEADER } from './xml';

const CONTENT_TYPES = '[Content_Types].xml';

/** The relationships part that belongs to a part: `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that refers to it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

/** The path of `toPart` relative to the folder of `fromPart`, as relationship targets are written. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && from[common] === to[common]) common++;
  return [...new Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/**
 * An Office Open XML package (an .xlsx file) opened for editing part by part. Parts this code
 * does not touch keep their exact bytes, so nothing of the user's workbook is lost.
 */
export class OoxmlPackage {
  /** Parsed parts being edited; written back into the zip by {@link toBuffer}. */
  private readonly docs = new Map<string, XmlDocument>();

  private constructor(private readonly zip: JSZip) {}

  static async load(data: Uint8Array): Promise<OoxmlPackage> {
    return new OoxmlPackage(await JSZip.loadAsync(data));
  }

  /** The paths of the parts under a folder. */
  pathsUnder(folder: string): string[] {
    const paths = new Set<string>();
    this.zip.folder(folder)?.forEach((relative, file) => {
      if (!file.dir) paths.add(`${folder}/${relative}`);
    });
    for (const path of this.docs.keys()) if (path.startsWith(`${folder}/`)) paths.add(path);
    return [...paths];
  }

  has(path: string): boolean {
    return this.docs.has(path) || this.zip.file(path) !== null;
  }

  async text(path: string): Promise<string> {
    const doc = this.docs.get(path);
    if (doc) return serializeXml(doc);
    const file = this.zip.file(path);
    if (!file) throw new Error(`The package has no part ${path}`);
    return file.async('string');
  }

  /** A part parsed for editing; edits show once {@link setXml} is called with it. */
  async xml(path: string): Promise<XmlDocument> {
    return this.docs.get(path) ?? parseXml(await this.text(path));
  }

  setText(path: string, text: string): void {
    this.docs.delete(path);
    this.zip.file(path, text);
  }

  setXml(path: string, doc: XmlDocument): void {
    this.docs.set(path, doc);
  }

  remove(path: string): void {
    this.docs.delete(path);
    this.zip.remove(path);
  }

  /** The next number to try for each numbered name, so that finding a free one stays cheap. */
  private readonly nextNumber = new Map<string, number>();

  /** A free numbered name, `xl/worksheets/sheet7.xml`, reserved until written or removed. */
  freeName(folder: string, stem: string, extension: string): string {
    const key = `${folder}/${stem}`;
    for (let n = this.nextNumber.get(key) ?? 1; ; n++) {
      const path = `${key}${n}.${extension}`;
      if (!this.has(path)) {
        this.nextNumber.set(key, n + 1);
        return path;
      }
    }
  }

  async relationships(partPath: string): Promise<Relationship[]> {
    const path = relsPathOf(partPath);
    if (!this.has(path)) return [];
    const root = rootOf(await this.xml(path));
    return Array.from(root.getElementsByTagName('Relationship')).map((r) => ({
      id: r.getAttribute('Id') ?? '',
      type: r.getAttribute('Type') ?? '',
      target: r.getAttribute('Target') ?? '',
    }));
  }

  /** Adds a relationship from a part to another part, returning its new id. */
  async addRelationship(fromPart: string, type: string, toPart: string): Promise<string> {
    const path = relsPathOf(fromPart);
    const doc = this.has(path)
      ? await this.xml(path)
      : parseXml(`${XML_HEADER}<Relationships xmlns="${NS.pkgRel}"/>`);
    const root = rootOf(doc);
    const used = new Set(
      Array.from(root.getElementsByTagName('Relationship')).map((r) => r.getAttribute('Id')),
    );
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    const rel = doc.createElementNS(NS.pkgRel, 'Relationship');
    rel.setAttribute('Id', `rId${n}`);
    rel.setAttribute('Type', type);
    rel.setAttribute('Target', relativeTarget(fromPart, toPart));
    root.appendChild(rel);
    this.setXml(path, doc);
    return `rId${n}`;
  }

  /** Removes a relationship by id from a part's relationships. */
  async removeRelationship(fromPart: string, id: string): Promise<void> {
    const path = relsPathOf(fromPart);
    if (!this.has(path)) return;
    const doc = await this.xml(path);
    for (const rel of Array.from(rootOf(doc).getElementsByTagName('Relationship'))) {
      if (rel.getAttribute('Id') === id) rel.parentNode?.removeChild(rel);
    }
    this.setXml(path, doc);
  }

  /** The `Override` elements of `[Content_Types].xml` by part name, read once. */
  private overrides: Map<string, XmlElement> | null = null;

  /** Sets (or with null removes) the content type of a part. */
  async setContentType(
    path: string,
    type: (typeof CONTENT_TYPE)[keyof typeof CONTENT_TYPE] | null,
  ): Promise<void> {
    const doc = await this.xml(CONTENT_TYPES);
    const root = rootOf(doc);
    this.overrides ??= new Map(
      Array.from(root.getElementsByTagName('Override')).map((o) => [
        o.getAttribute('PartName') ?? '',
        o,
      ]),
    );
    const partName = `/${path}`;
    const existing = this.overrides.get(partName);
    if (existing) {
      root.removeChild(existing);
      this.overrides.delete(partName);
    }
    if (type !== null) {
      const o = doc.createElementNS(NS.contentTypes, 'Override');
      o.setAttribute('PartName', partName);
      o.setAttribute('ContentType', type);
      root.appendChild(o);
      this.overrides.set(partName, o);
    }
    this.setXml(CONTENT_TYPES, doc);
  }

  async toBuffer(): Promise<Buffer> {
    for (const [path, doc] of this.docs) this.zip.file(path, serializeXml(doc));
    this.docs.clear();
    return this.zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 3 },
    });
  }
}
