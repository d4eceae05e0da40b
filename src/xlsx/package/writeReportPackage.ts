import { placeGeneratedSheet } from '../../domain/report/sheetNames';
import type { SheetSpec } from '../../domain/report/sheetSpec';
import { OoxmlPackage, resolveTarget } from './ooxmlPackage';
import { addSheet, removeGeneratedSheet } from './sheetParts';
import { StyleRegistry } from './styleRegistry';
import { WorkbookPart } from './workbookPart';
import { NS } from './xml';

const STYLES_TYPE = `${NS.rel}/styles`;

/**
 * Adds generated sheets to a copy of an .xlsx package and returns the new package with the
 * names the sheets got. A generated sheet of the same name is replaced in its place; a user's
 * sheet of that name is kept and the new sheet gets a suffix. All other parts keep their bytes.
 */
export async function writeReportPackage(
  input: Uint8Array,
  specs: readonly SheetSpec[],
): Promise<{ data: Buffer; names: string[] }> {
  const pkg = await OoxmlPackage.load(input);
  const workbook = await WorkbookPart.open(pkg);
  const stylesRel = (await pkg.relationships(workbook.path)).find((r) => r.type === STYLES_TYPE);
  const styles = await StyleRegistry.open(
    pkg,
    stylesRel ? resolveTarget(workbook.path, stylesRel.target) : 'xl/styles.xml',
  );
  const names: string[] = [];
  for (const spec of specs) {
    const sheets = await workbook.sheets();
    const place = placeGeneratedSheet(
      spec.name,
      sheets.map((s) => ({ name: s.name, generated: s.tag !== null })),
    );
    let position = sheets.length;
    const old = sheets.find((s) => s.name === place.replaces);
    if (old) {
      await removeGeneratedSheet(pkg, workbook, old);
      position = old.index;
    }
    await addSheet(pkg, workbook, styles, spec, place.name, position);
    names.push(place.name);
  }
  styles.save();
  workbook.save();
  return { data: await pkg.toBuffer(), names };
}
