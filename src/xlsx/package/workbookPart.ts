import { GENERATED_TAG, tagOfFormula } from '../../domain/report/generatedTag';
import type { OoxmlPackage } from './ooxmlPackage';
import { resolveTarget } from './ooxmlPackage';
import type { XmlDocument, XmlElement } from './xml';
import { childrenNamed, firstChildNamed, NS, rootOf } from './xml';

const OFFICE_DOCUMENT = `${NS.rel}/officeDocument`;

export interface PackageSheet {
  readonly name: string;
  readonly rId: string;
  readonly path: string;
  /** 0-based position in the workbook, which sheet-scoped names refer to. */
  readonly index: number;
  /** The generated-sheet tag (`status 2015M08`), or null for a user's sheet. */
  readonly tag: string | null;
}

/** The workbook part (`xl/workbook.xml`) and its parsed document, for reading and editing. */
export class WorkbookPart {
  private constructor(
    readonly pkg: OoxmlPackage,
    readonly path: string,
    readonly doc: XmlDocument,
  ) {}

  static async open(pkg: OoxmlPackage): Promise<WorkbookPart> {
    const rels = await pkg.relationships('');
    const main = rels.find((r) => r.type === OFFICE_DOCUMENT);
    const path = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
    return new WorkbookPart(pkg, path, await pkg.xml(path));
  }

  get root(): XmlElement {
    return rootOf(this.doc);
  }

  /** The `<sheets>` element. */
  get sheetsElement(): XmlElement {
    const sheets = firstChildNamed(this.root, 'sheets');
    if (!sheets) throw new Error('The workbook has no sheets');
    return sheets;
  }

  sheetElements(): XmlElement[] {
    return childrenNamed(this.sheetsElement, 'sheet');
  }

  /** The `<definedNames>` element, created in its place when missing. */
  definedNames(): XmlElement {
    const existing = firstChildNamed(this.root, 'definedNames');
    if (existing) return existing;
    const created = this.doc.createElementNS(NS.main, 'definedNames');
    const after = [
      'calcPr',
      'oleSize',
      'customWorkbookViews',
      'pivotCaches',
      'smartTagPr',
      'smartTagTypes',
      'webPublishing',
      'fileRecoveryPr',
      'webPublishObjects',
      'extLst',
    ]
      .map((name) => firstChildNamed(this.root, name))
      .find((el): el is XmlElement => el !== null);
    this.root.insertBefore(created, after ?? null);
    return created;
  }

  async sheets(): Promise<PackageSheet[]> {
    const rels = await this.pkg.relationships(this.path);
    const names = firstChildNamed(this.root, 'definedNames');
    const tags = new Map<number, string>();
    for (const dn of names ? childrenNamed(names, 'definedName') : []) {
      const scope = dn.getAttribute('localSheetId');
      if (dn.getAttribute('name') === GENERATED_TAG && scope !== null) {
        const tag = tagOfFormula(dn.textContent);
        if (tag !== null) tags.set(Number(scope), tag);
      }
    }
    return this.sheetElements().map((el, index) => {
      const rId = el.getAttributeNS(NS.rel, 'id') ?? el.getAttribute('r:id') ?? '';
      const rel = rels.find((r) => r.id === rId);
      return {
        name: el.getAttribute('name') ?? '',
        rId,
        path: rel ? resolveTarget(this.path, rel.target) : '',
        index,
        tag: tags.get(index) ?? null,
      };
    });
  }

  /** Shifts sheet-scoped names and the active tab when a sheet is inserted or removed at `index`. */
  shiftSheetIndexes(index: number, delta: 1 | -1): void {
    const names = firstChildNamed(this.root, 'definedNames');
    for (const dn of names ? childrenNamed(names, 'definedName') : []) {
      const scope = dn.getAttribute('localSheetId');
      if (scope === null) continue;
      const n = Number(scope);
      if (delta === -1 && n === index) names?.removeChild(dn);
      else if (n >= index + (delta === -1 ? 1 : 0))
        dn.setAttribute('localSheetId', String(n + delta));
    }
    const count = this.sheetElements().length;
    for (const view of Array.from(this.root.getElementsByTagName('workbookView'))) {
      for (const attr of ['activeTab', 'firstSheet']) {
        const value = view.getAttribute(attr);
        if (value !== null && Number(value) >= count)
          view.setAttribute(attr, String(Math.max(0, count - 1)));
      }
    }
  }

  /** Adds a sheet-scoped defined name. */
  addDefinedName(name: string, sheetIndex: number, formula: string, hidden = false): void {
    const dn = this.doc.createElementNS(NS.main, 'definedName');
    dn.setAttribute('name', name);
    dn.setAttribute('localSheetId', String(sheetIndex));
    if (hidden) dn.setAttribute('hidden', '1');
    dn.appendChild(this.doc.createTextNode(formula));
    this.definedNames().appendChild(dn);
  }

  save(): void {
    this.pkg.setXml(this.path, this.doc);
  }
}
