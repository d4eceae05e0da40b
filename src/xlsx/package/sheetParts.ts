import type { SheetSpec } from '../../domain/report/sheetSpec';
import { absoluteRef } from '../../domain/report/rangeAddress';
import { renderChartXml, renderDrawingXml } from './chartXml';
import type { OoxmlPackage } from './ooxmlPackage';
import { relativeTarget, relsPathOf, resolveTarget } from './ooxmlPackage';
import { renderSheetXml } from './sheetXml';
import type { StyleRegistry } from './styleRegistry';
import type { PackageSheet, WorkbookPart } from './workbookPart';
import { GENERATED_TAG } from './workbookPart';
import { CONTENT_TYPE, NS, REL_TYPE, XML_HEADER } from './xml';

/** The tag a generated sheet carries: its role and report period, `status 2015M08`. */
export function sheetTag(spec: SheetSpec): string {
  return `${spec.role} ${spec.reportPeriod}`;
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
  const xml = renderSheetXml(spec, (format, style) => styles.styleIndex(format, style), {
    drawingRelId,
    tableRelIds: [],
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
  workbook.addDefinedName(GENERATED_TAG, position, `"${sheetTag(spec)}"`, true);
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
    if (rel.type !== REL_TYPE.drawing) continue;
    const drawingPath = resolveTarget(sheet.path, rel.target);
    for (const chartRel of await pkg.relationships(drawingPath)) {
      const chartPath = resolveTarget(drawingPath, chartRel.target);
      pkg.remove(chartPath);
      await pkg.setContentType(chartPath, null);
    }
    pkg.remove(drawingPath);
    pkg.remove(`xl/drawings/_rels/${drawingPath.split('/').pop() ?? ''}.rels`);
    await pkg.setContentType(drawingPath, null);
  }
  pkg.remove(sheet.path);
  pkg.remove(`xl/worksheets/_rels/${sheet.path.split('/').pop() ?? ''}.rels`);
  await pkg.setContentType(sheet.path, null);
  await pkg.removeRelationship(workbook.path, sheet.rId);
  const element = workbook.sheetElements()[sheet.index];
  if (element) workbook.sheetsElement.removeChild(element);
  workbook.shiftSheetIndexes(sheet.index, -1);
}
