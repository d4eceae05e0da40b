import { GENERATED_TAG, sheetTag, tagConstant } from '../../domain/report/generatedTag';
import type { SheetSpec } from '../../domain/report/sheetSpec';
import { a1Range, absoluteRef } from '../../domain/report/rangeAddress';
import { renderChartXml, renderDrawingXml } from './chartXml';
import type { OoxmlPackage } from './ooxmlPackage';
import { relativeTarget, relsPathOf, resolveTarget } from './ooxmlPackage';
import { renderSheetXml } from './sheetXml';
import type { StyleRegistry } from './styleRegistry';
import type { PackageSheet, WorkbookPart } from './workbookPart';
import { CONTENT_TYPE, escapeXml, NS, REL_TYPE, rootOf, XML_HEADER } from './xml';

/** The ids and names of the Excel tables the package has; both must be unique in a workbook. */
async function existingTables(pkg: OoxmlPackage): Promise<{ ids: number[]; names: Set<string> }> {
  const ids: number[] = [];
  const names = new Set<string>();
  for (const path of pkg.pathsUnder('xl/tables')) {
    if (!path.endsWith('.xml')) continue;
    const root = rootOf(await pkg.xml(path));
    ids.push(Number(root.getAttribute('id') ?? 0));
    names.add((root.getAttribute('name') ?? '').toLowerCase());
  }
  return { ids, names };
}

/** Adds the sheet's Excel tables as table parts; returns the relationship ids the sheet refers to them by. */
async function addTables(pkg: OoxmlPackage, sheetPath: string, spec: SheetSpec): Promise<string[]> {
  if (spec.tables.length === 0) return [];
  const { ids, names } = await existingTables(pkg);
  let id = Math.max(0, ...ids);
  const relIds: string[] = [];
  for (const table of spec.tables) {
    let name = table.name;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${table.name}${n}`;
    names.add(name.toLowerCase());
    id += 1;
    const ref = a1Range(table.range);
    const headers = Array.from({ length: table.range.cols }, (_, c) => {
      const value = spec.values[table.range.row]?.[table.range.col + c];
      return value === null || value === undefined || value === ''
        ? `Kolonne${c + 1}`
        : String(value);
    });
    const columns = headers
      .map((h, c) => `<tableColumn id="${c + 1}" name="${escapeXml(h)}"/>`)
      .join('');
    const path = pkg.freeName('xl/tables', 'table', 'xml');
    pkg.setText(
      path,
      `${XML_HEADER}<table xmlns="${NS.main}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns><tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    );
    await pkg.setContentType(path, CONTENT_TYPE.table);
    relIds.push(await pkg.addRelationship(sheetPath, REL_TYPE.table, path));
  }
  return relIds;
}

/**
 * Adds a generated sheet to the package at a position: the worksheet part, its drawing and
 * chart parts, the workbook entry, print area and print titles, and the generated tag.
 */
export async function addSheet(
  pkg: OoxmlPackage,
  workbook: WorkbookPart,
  styles: StyleRegistry,
  spec: SheetSpec,
  name: string,
  position: number,
): Promise<void> {
  const sheetPath = pkg.freeName('xl/worksheets', 'sheet', 'xml');
  pkg.setText(sheetPath, '');
  let drawingRelId: string | null = null;
  if (spec.charts.length > 0) {
    const drawingPath = pkg.freeName('xl/drawings', 'drawing', 'xml');
    pkg.setText(drawingPath, '');
    const read = (row: number, col: number) => spec.values[row]?.[col] ?? null;
    const placed: { anchor: SheetSpec['charts'][number]['anchor']; relId: string; name: string }[] =
      [];
    const rels: string[] = [];
    for (const [i, chart] of spec.charts.entries()) {
      const chartPath = pkg.freeName('xl/charts', 'chart', 'xml');
      pkg.setText(chartPath, XML_HEADER + renderChartXml(chart, name, read));
      await pkg.setContentType(chartPath, CONTENT_TYPE.chart);
      const relId = `rId${i + 1}`;
      const target = relativeTarget(drawingPath, chartPath);
      rels.push(`<Relationship Id="${relId}" Type="${REL_TYPE.chart}" Target="${target}"/>`);
      placed.push({ anchor: chart.anchor, relId, name: `Chart ${i + 1}` });
    }
    // The drawing is new, so its relationships are written whole.
    pkg.setText(
      relsPathOf(drawingPath),
      `${XML_HEADER}<Relationships xmlns="${NS.pkgRel}">${rels.join('')}</Relationships>`,
    );
    pkg.setText(drawingPath, XML_HEADER + renderDrawingXml(placed));
    await pkg.setContentType(drawingPath, CONTENT_TYPE.drawing);
    drawingRelId = await pkg.addRelationship(sheetPath, REL_TYPE.drawing, drawingPath);
  }
  const tableRelIds = await addTables(pkg, sheetPath, spec);
  const xml = renderSheetXml(spec, (format, style) => styles.styleIndex(format, style), {
    drawingRelId,
    tableRelIds,
  });
  pkg.setText(sheetPath, XML_HEADER + xml);
  await pkg.setContentType(sheetPath, CONTENT_TYPE.worksheet);

  const relId = await pkg.addRelationship(workbook.path, REL_TYPE.worksheet, sheetPath);
  const sheets = workbook.sheetElements();
  const sheetId = Math.max(0, ...sheets.map((s) => Number(s.getAttribute('sheetId') ?? 0))) + 1;
  const element = workbook.doc.createElementNS(NS.main, 'sheet');
  element.setAttribute('name', name);
  element.setAttribute('sheetId', String(sheetId));
  element.setAttributeNS(NS.rel, 'r:id', relId);
  workbook.sheetsElement.insertBefore(element, sheets[position] ?? null);
  workbook.shiftSheetIndexes(position, 1);
  workbook.addDefinedName('_xlnm.Print_Area', position, absoluteRef(name, spec.page.printArea));
  if (spec.page.repeatRows) {
    const { first, last } = spec.page.repeatRows;
    const quoted = absoluteRef(name, { row: 0, col: 0, rows: 1, cols: 1 }).split('!')[0] ?? '';
    workbook.addDefinedName('_xlnm.Print_Titles', position, `${quoted}!$${first + 1}:$${last + 1}`);
  }
  workbook.addDefinedName(GENERATED_TAG, position, tagConstant(sheetTag(spec)), true);
}

/**
 * Removes a sheet that PlanStatus generated, with the drawing and chart parts it owns and the
 * names scoped to it. Refuses a sheet without the generated tag: a user's sheet is never removed.
 */
export async function removeGeneratedSheet(
  pkg: OoxmlPackage,
  workbook: WorkbookPart,
  sheet: PackageSheet,
): Promise<void> {
  if (sheet.tag === null) throw new Error(`Refusing to remove the user's sheet '${sheet.name}'`);
  await removeSheet(pkg, workbook, sheet);
}

/**
 * Removes a sheet with its drawing and chart parts and the names scoped to it. Only for sheets
 * this code made: generated sheets, or the blank sheet of a new print copy.
 */
export async function removeSheet(
  pkg: OoxmlPackage,
  workbook: WorkbookPart,
  sheet: PackageSheet,
): Promise<void> {
  for (const rel of await pkg.relationships(sheet.path)) {
    if (rel.type === REL_TYPE.table) {
      const tablePath = resolveTarget(sheet.path, rel.target);
      pkg.remove(tablePath);
      await pkg.setContentType(tablePath, null);
      continue;
    }
    if (rel.type !== REL_TYPE.drawing) continue;
    const drawingPath = resolveTarget(sheet.path, rel.target);
    for (const chartRel of await pkg.relationships(drawingPath)) {
      const chartPath = resolveTarget(drawingPath, chartRel.target);
      pkg.remove(chartPath);
      await pkg.setContentType(chartPath, null);
    }
    pkg.remove(drawingPath);
    pkg.remove(relsPathOf(drawingPath));
    await pkg.setContentType(drawingPath, null);
  }
  pkg.remove(sheet.path);
  pkg.remove(relsPathOf(sheet.path));
  await pkg.setContentType(sheet.path, null);
  await pkg.removeRelationship(workbook.path, sheet.rId);
  const element = workbook.sheetElements()[sheet.index];
  if (element) workbook.sheetsElement.removeChild(element);
  workbook.shiftSheetIndexes(sheet.index, -1);
}
