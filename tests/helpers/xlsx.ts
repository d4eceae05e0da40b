import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { RawValue } from '../../src/domain/cells/rawTable';
import { exampleTables } from '../../src/domain/example/exampleTables';
import type { ValueGrid } from '../../src/domain/example/exampleTables';

/** A sheet to build: rows of values from `origin`, optionally as an Excel table. */
export interface SheetInput {
  readonly name: string;
  readonly rows: readonly (readonly ExcelJS.CellValue[])[];
  /** Make the block an Excel table of this name (first row is the header). */
  readonly table?: string;
  /** Top-left cell of the block; A1 by default. */
  readonly origin?: { readonly row: number; readonly col: number };
}

const cellValue = (value: RawValue | ExcelJS.CellValue): ExcelJS.CellValue =>
  value === undefined ? null : (value as ExcelJS.CellValue);

/** An .xlsx workbook written by ExcelJS from sheets described in the test. */
export async function xlsxFromSheets(sheets: readonly SheetInput[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const input of sheets) {
    const sheet = workbook.addWorksheet(input.name);
    const top = input.origin?.row ?? 1;
    const left = input.origin?.col ?? 1;
    if (input.table) {
      const [header = [], ...rows] = input.rows;
      sheet.addTable({
        name: input.table,
        ref: sheet.getCell(top, left).address,
        headerRow: true,
        columns: header.map((h) => ({ name: String(h) })),
        rows: (rows.length > 0 ? rows : [header.map(() => null)]).map((row) =>
          header.map((_, i) => cellValue(row[i] ?? null)),
        ),
      });
    } else {
      input.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && value !== undefined) sheet.getCell(top + r, left + c).value = value;
        }),
      );
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const gridRows = (grid: ValueGrid): ExcelJS.CellValue[][] => [
  [...grid.header],
  ...grid.rows.map((row) => row.map(cellValue)),
];

/** The worked example's tables, each as an Excel table of its name on a sheet of its own. */
export function exampleSheets(
  edit: (tables: ReturnType<typeof exampleTables>) => void = () => undefined,
): SheetInput[] {
  const tables = exampleTables();
  edit(tables);
  return [
    { name: 'Plan', table: 'Plan', rows: gridRows(tables.plan) },
    { name: 'Opfølgning', table: 'Opfolgning', rows: gridRows(tables.opfolgning) },
    { name: 'Indstillinger', table: 'Indstillinger', rows: gridRows(tables.indstillinger) },
  ];
}

/** The worked example as a small .xlsx workbook (three Excel tables, no spare rows). */
export function exampleXlsx(): Promise<Buffer> {
  return xlsxFromSheets(exampleSheets());
}

/** Every part of a package by path, as text. */
export async function packageParts(data: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async('string'));
  }
  return parts;
}

export type XmlDoc = ReturnType<DOMParser['parseFromString']>;
export type XmlEl = NonNullable<XmlDoc['documentElement']>;

/** Parses XML and throws on any warning or error, so that a test sees every defect. */
export function parseStrict(text: string, what = 'part'): XmlDoc {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${what}: XML ${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
  if (!doc.documentElement) throw new Error(`${what}: no root element`);
  return doc;
}

/** The elements with a local name anywhere below a node. */
export function elements(node: XmlDoc | XmlEl, localName: string): XmlEl[] {
  return Array.from(node.getElementsByTagNameNS('*', localName)) as XmlEl[];
}

export interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

const relsPath = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** Resolves a relationship target against the folder of the part that holds it. */
export function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

/** The relationships of a part ('' for the package). */
export function relsOf(parts: ReadonlyMap<string, string>, part: string): Rel[] {
  const text = parts.get(relsPath(part));
  if (text === undefined) return [];
  return elements(parseStrict(text, relsPath(part)), 'Relationship').map((r) => ({
    id: r.getAttribute('Id') ?? '',
    type: r.getAttribute('Type') ?? '',
    target: r.getAttribute('Target') ?? '',
    external: r.getAttribute('TargetMode') === 'External',
  }));
}

/** The content type of a part: its Override, else the Default for its extension. */
export function contentTypeOf(parts: ReadonlyMap<string, string>, part: string): string | null {
  const types = parseStrict(parts.get('[Content_Types].xml') ?? '', '[Content_Types].xml');
  const override = elements(types, 'Override').find(
    (o) => o.getAttribute('PartName') === `/${part}`,
  );
  if (override) return override.getAttribute('ContentType');
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const fallback = elements(types, 'Default').find(
    (d) => (d.getAttribute('Extension') ?? '').toLowerCase() === extension,
  );
  return fallback?.getAttribute('ContentType') ?? null;
}

/**
 * Everything wrong with a package's structure: relationships to parts that do not exist,
 * content-type overrides for missing parts, parts without a content type, XML that does not
 * parse. An empty list for a sound package.
 */
export function packageProblems(parts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, text] of parts) {
    if (!/\.(xml|rels|vml)$/i.test(path)) continue;
    try {
      parseStrict(text, path);
    } catch (error) {
      problems.push(String(error));
    }
  }
  for (const path of parts.keys()) {
    if (!path.endsWith('.rels')) continue;
    const owner = path.replace(/_rels\/([^/]*)\.rels$/, '$1');
    for (const rel of relsOf(parts, owner)) {
      if (rel.external) continue;
      const target = resolvePart(owner, rel.target);
      if (!parts.has(target)) problems.push(`${path} ${rel.id} points at missing ${target}`);
    }
  }
  const types = parseStrict(parts.get('[Content_Types].xml') ?? '', '[Content_Types].xml');
  for (const o of elements(types, 'Override')) {
    const part = (o.getAttribute('PartName') ?? '').replace(/^\//, '');
    if (!parts.has(part)) problems.push(`content type override for missing ${part}`);
  }
  for (const path of parts.keys()) {
    if (path === '[Content_Types].xml') continue;
    if (contentTypeOf(parts, path) === null) problems.push(`no content type for ${path}`);
  }
  return problems;
}

export interface SheetEntry {
  readonly name: string;
  readonly path: string;
}

/** The workbook's sheets in order, with the path of each worksheet part. */
export function sheetEntries(parts: ReadonlyMap<string, string>): SheetEntry[] {
  const workbook = parseStrict(parts.get('xl/workbook.xml') ?? '', 'xl/workbook.xml');
  const rels = relsOf(parts, 'xl/workbook.xml');
  return elements(workbook, 'sheet').map((sheet) => {
    const rId =
      sheet.getAttributeNS(
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
        'id',
      ) ?? '';
    const rel = rels.find((r) => r.id === rId);
    return {
      name: sheet.getAttribute('name') ?? '',
      path: rel ? resolvePart('xl/workbook.xml', rel.target) : '',
    };
  });
}

/** The worksheet XML of a sheet by its name. */
export function sheetXml(parts: ReadonlyMap<string, string>, name: string): string {
  const entry = sheetEntries(parts).find((s) => s.name === name);
  const text = entry ? parts.get(entry.path) : undefined;
  if (text === undefined) throw new Error(`No sheet '${name}'`);
  return text;
}

export interface DefinedName {
  readonly name: string;
  readonly localSheetId: string | null;
  readonly hidden: boolean;
  readonly formula: string;
}

/** The workbook's defined names. */
export function definedNames(parts: ReadonlyMap<string, string>): DefinedName[] {
  const workbook = parseStrict(parts.get('xl/workbook.xml') ?? '', 'xl/workbook.xml');
  return elements(workbook, 'definedName').map((dn) => ({
    name: dn.getAttribute('name') ?? '',
    localSheetId: dn.getAttribute('localSheetId'),
    hidden: dn.getAttribute('hidden') === '1',
    formula: dn.textContent ?? '',
  }));
}

/** Loads .xlsx bytes with ExcelJS. */
export async function excelWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

/** A worksheet by name; fails loudly when there is none. */
export function worksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`No worksheet '${name}'`);
  return sheet;
}

/** The first element with a local name below a node; fails loudly when there is none. */
export function firstElement(node: XmlDoc | XmlEl, localName: string): XmlEl {
  const found = elements(node, localName)[0];
  if (!found) throw new Error(`No <${localName}>`);
  return found;
}
