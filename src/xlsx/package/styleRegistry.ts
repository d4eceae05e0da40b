import type { CellStyle } from '../../domain/report/sheetSpec';
import type { OoxmlPackage } from './ooxmlPackage';
import type { XmlDocument, XmlElement } from './xml';
import { XMLSerializer } from '@xmldom/xmldom';
import { childrenNamed, firstChildNamed, NS, parseXml, rootOf } from './xml';

const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/** The children of `<styleSheet>` in schema order, for inserting a missing one in its place. */
const STYLESHEET_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** An element's markup without namespace declarations, for comparing styles. */
const canonical = (markup: string): string => markup.replace(/\s+xmlns(?::\w+)?="[^"]*"/g, '');

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * Adds the styles generated sheets need to a workbook's existing `styles.xml`, keeping every
 * style the user's sheets use at its index. Each distinct combination of number format and
 * cell style becomes one cell format (`xf`), shared by all cells that use it.
 */
export class StyleRegistry {
  private readonly xfIndex = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();
  private fontName = 'Calibri';
  private fontSize = 11;

  private constructor(
    private readonly pkg: OoxmlPackage,
    private readonly path: string,
    private readonly doc: XmlDocument,
  ) {
    const firstFont = this.section('fonts').getElementsByTagName('name')[0];
    this.fontName = firstFont?.getAttribute('val') ?? this.fontName;
    const size = this.section('fonts').getElementsByTagName('sz')[0]?.getAttribute('val');
    if (size) this.fontSize = Number(size);
    const numFmts = firstChildNamed(rootOf(doc), 'numFmts');
    for (const nf of numFmts ? childrenNamed(numFmts, 'numFmt') : []) {
      this.formatIds.set(nf.getAttribute('formatCode') ?? '', Number(nf.getAttribute('numFmtId')));
    }
  }

  static async open(pkg: OoxmlPackage, path: string): Promise<StyleRegistry> {
    const doc = pkg.has(path)
      ? await pkg.xml(path)
      : parseXml(
          `<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
        );
    return new StyleRegistry(pkg, path, doc);
  }

  /** The section element (`fonts`, `cellXfs` …), created in schema order when missing. */
  private section(name: string): XmlElement {
    const root = rootOf(this.doc);
    const existing = firstChildNamed(root, name);
    if (existing) return existing;
    const created = this.doc.createElementNS(NS.main, name);
    created.setAttribute('count', '0');
    const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(name) + 1)
      .map((n) => firstChildNamed(root, n))
      .find((el): el is XmlElement => el !== null);
    root.insertBefore(created, later ?? null);
    return created;
  }

  /** Every section's elements by their markup, so an identical style is reused, not added again. */
  private readonly known = new Map<string, Map<string, number>>();

  private existing(sectionName: string, childName: string): Map<string, number> {
    let map = this.known.get(sectionName);
    if (!map) {
      const found = new Map<string, number>();
      const serializer = new XMLSerializer();
      childrenNamed(this.section(sectionName), childName).forEach((el, i) => {
        const key = canonical(serializer.serializeToString(el));
        if (!found.has(key)) found.set(key, i);
      });
      this.known.set(sectionName, found);
      map = found;
    }
    return map;
  }

  /** The index of an element (`<font>…</font>`) in a section, appended unless already there. */
  private appendOnce(sectionName: string, childName: string, markup: string): number {
    const map = this.existing(sectionName, childName);
    const key = canonical(markup);
    const known = map.get(key);
    if (known !== undefined) return known;
    const section = this.section(sectionName);
    const parsed = rootOf(
      parseXml(markup.replace(`<${childName}`, `<${childName} xmlns="${NS.main}"`)),
    );
    const node = this.doc.importNode(parsed, true);
    node.removeAttribute('xmlns');
    section.appendChild(node);
    const index = childrenNamed(section, childName).length - 1;
    section.setAttribute('count', String(index + 1));
    map.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = Math.max(163, ...this.formatIds.values()) + 1;
    const section = this.section('numFmts');
    const nf = this.doc.createElementNS(NS.main, 'numFmt');
    nf.setAttribute('numFmtId', String(id));
    nf.setAttribute('formatCode', code);
    section.appendChild(nf);
    section.setAttribute('count', String(childrenNamed(section, 'numFmt').length));
    this.formatIds.set(code, id);
    return id;
  }

  private fontMarkup(style: CellStyle): string {
    return [
      style.bold ? '<b/>' : '',
      style.italic ? '<i/>' : '',
      `<sz val="${style.fontSize ?? this.fontSize}"/>`,
      style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : '<color theme="1"/>',
      `<name val="${this.fontName.replace(/"/g, '')}"/>`,
      '<family val="2"/>',
    ].join('');
  }

  private fillMarkup(style: CellStyle): string {
    return style.fill
      ? `<patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill>`
      : '<patternFill patternType="none"/>';
  }

  private borderMarkup(style: CellStyle): string {
    const side = (name: string, border: CellStyle['borderTop']): string =>
      border
        ? `<${name} style="${border.style}"><color rgb="${argb(border.color)}"/></${name}>`
        : `<${name}/>`;
    return `<left/><right/>${side('top', style.borderTop)}${side('bottom', style.borderBottom)}<diagonal/>`;
  }

  /** The cell format index for a number format and style, added on first use. */
  styleIndex(numberFormat: string, style: CellStyle): number {
    const key = JSON.stringify([numberFormat, style]);
    const known = this.xfIndex.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.formatId(numberFormat);
    const fontId = this.appendOnce('fonts', 'font', `<font>${this.fontMarkup(style)}</font>`);
    const fillId = style.fill
      ? this.appendOnce('fills', 'fill', `<fill>${this.fillMarkup(style)}</fill>`)
      : 0;
    const borderId =
      style.borderTop || style.borderBottom
        ? this.appendOnce('borders', 'border', `<border>${this.borderMarkup(style)}</border>`)
        : 0;
    const alignment = [
      style.horizontal ? ` horizontal="${style.horizontal}"` : '',
      style.vertical ? ` vertical="${style.vertical}"` : '',
      style.wrap ? ' wrapText="1"' : '',
      style.indent ? ` indent="${style.indent}"` : '',
    ].join('');
    const index = this.appendOnce(
      'cellXfs',
      'xf',
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"${alignment ? `><alignment${alignment}/></xf>` : '/>'}`,
    );
    this.xfIndex.set(key, index);
    return index;
  }

  save(): void {
    this.pkg.setXml(this.path, this.doc);
  }
}
