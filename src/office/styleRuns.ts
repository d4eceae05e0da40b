import { cellStyleGrid } from '../domain/report/cellStyleGrid';
import type { CellStyle, RangeRef, SheetSpec } from '../domain/report/sheetSpec';

/** A rectangle of cells that share one style. */
export interface StyleRun {
  readonly range: RangeRef;
  readonly style: CellStyle;
}

/**
 * Lays a sheet's styled ranges over each other and cuts the result into as few rectangles of
 * one style as it can: runs along each row, merged down where the row below has the same run.
 * Each rectangle then costs one set of formatting commands, however many cells it covers.
 */
export function styleRuns(spec: SheetSpec): StyleRun[] {
  const rows = spec.values.length;
  const cols = spec.columnWidths.length;
  const keys: (string | null)[][] = Array.from({ length: rows }, () =>
    new Array<string | null>(cols).fill(null),
  );
  const styles = new Map<string, CellStyle>();
  cellStyleGrid(spec).forEach((row, r) =>
    row.forEach((style, c) => {
      if (!style) return;
      const key = JSON.stringify(style, Object.keys(style).sort());
      styles.set(key, style);
      (keys[r] as (string | null)[])[c] = key;
    }),
  );

  // Runs along each row, then merged with an identical run directly above.
  const open = new Map<
    string,
    { row: number; col: number; rows: number; cols: number; key: string }
  >();
  const runs: { row: number; col: number; rows: number; cols: number; key: string }[] = [];
  for (let r = 0; r < rows; r++) {
    const rowKeys = keys[r] as (string | null)[];
    const seen = new Set<string>();
    for (let c = 0; c < cols;) {
      const key = rowKeys[c] ?? null;
      let end = c + 1;
      while (end < cols && rowKeys[end] === key) end++;
      if (key !== null) {
        const id = `${c}:${end}:${key}`;
        const above = open.get(id);
        if (above && above.row + above.rows === r) above.rows += 1;
        else {
          const run = { row: r, col: c, rows: 1, cols: end - c, key };
          runs.push(run);
          open.set(id, run);
        }
        seen.add(id);
      }
      c = end;
    }
    for (const id of [...open.keys()]) if (!seen.has(id)) open.delete(id);
  }
  return runs.map(({ key, ...range }) => ({ range, style: styles.get(key) ?? {} }));
}
