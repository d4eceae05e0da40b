import type { CellStyle, SheetSpec } from '../../domain/report/sheetSpec';
import { cellStyleGrid } from '../../domain/report/cellStyleGrid';
import { a1, a1Range } from '../../domain/report/rangeAddress';
import { escapeXml, NS } from './xml';

/** A style index for a number format and a cell style. */
export type StyleIndexer = (numberFormat: string, style: CellStyle) => number;

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/**
 * The worksheet XML of a generated sheet. Text is written as inline strings, so a text that
 * starts with `=`, `+`, `-` or `@` stays text; numbers are written as numbers.
 */
export function renderSheetXml(
  spec: SheetSpec,
  styleIndex: StyleIndexer,
  parts: { drawingRelId: string | null; tableRelIds: readonly string[] },
): string {
  const styles = cellStyleGrid(spec);
  const out: string[] = [];
  const cols = spec.columnWidths.length;
  const rows = spec.values.length;
  out.push(`<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`);
  out.push(
    `<sheetPr>${spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.slice(1).toUpperCase()}"/>` : ''}<pageSetUpPr fitToPage="1"/></sheetPr>`,
  );
  out.push(
    `<dimension ref="${a1Range({ row: 0, col: 0, rows: Math.max(1, rows), cols: Math.max(1, cols) })}"/>`,
  );
  const gridlines = spec.showGridlines ? '' : ' showGridLines="0"';
  if (spec.freezeRows > 0) {
    const top = a1({ row: spec.freezeRows, col: 0 });
    out.push(
      `<sheetViews><sheetView${gridlines} workbookViewId="0"><pane ySplit="${spec.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else {
    out.push(`<sheetViews><sheetView${gridlines} workbookViewId="0"/></sheetViews>`);
  }
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  out.push(
    `<cols>${spec.columnWidths
      .map(
        (w, i) => `<col min="${i + 1}" max="${i + 1}" width="${num(w + 0.71)}" customWidth="1"/>`,
      )
      .join('')}</cols>`,
  );
  out.push('<sheetData>');
  spec.values.forEach((row, r) => {
    const height = spec.rowHeights[r];
    const cells: string[] = [];
    row.forEach((value, c) => {
      const style = styles[r]?.[c] ?? null;
      const format = spec.numberFormats[r]?.[c] ?? 'General';
      if (value === null && style === null && format === 'General') return;
      const s = styleIndex(format, style ?? {});
      const ref = a1({ row: r, col: c });
      if (typeof value === 'number' && Number.isFinite(value)) {
        cells.push(`<c r="${ref}" s="${s}"><v>${value}</v></c>`);
      } else if (typeof value === 'string') {
        cells.push(
          `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`,
        );
      } else {
        cells.push(`<c r="${ref}" s="${s}"/>`);
      }
    });
    const ht =
      height === null || height === undefined ? '' : ` ht="${num(height)}" customHeight="1"`;
    out.push(`<row r="${r + 1}"${ht}>${cells.join('')}</row>`);
  });
  out.push('</sheetData>');
  if (spec.merges.length > 0) {
    out.push(
      `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${a1Range(m)}"/>`).join('')}</mergeCells>`,
    );
  }
  spec.conditionalFormats.forEach((cf, i) => {
    out.push(
      `<conditionalFormatting sqref="${cf.ranges.map(a1Range).join(' ')}"><cfRule type="dataBar" priority="${i + 1}"><dataBar><cfvo type="num" val="${cf.min}"/><cfvo type="num" val="${cf.max}"/><color rgb="FF${cf.color.slice(1).toUpperCase()}"/></dataBar></cfRule></conditionalFormatting>`,
    );
  });
  const page = spec.page;
  out.push(`<printOptions${page.centerHorizontally ? ' horizontalCentered="1"' : ''}/>`);
  const m = page.margins;
  out.push(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
  );
  out.push(
    `<pageSetup paperSize="9" orientation="${page.orientation}" fitToWidth="${page.fitToPagesWide}" fitToHeight="0"/>`,
  );
  const footer = `&L${page.footer.left}&C${page.footer.center}&R${page.footer.right}`;
  out.push(`<headerFooter><oddFooter>${escapeXml(footer)}</oddFooter></headerFooter>`);
  if (parts.drawingRelId) out.push(`<drawing r:id="${parts.drawingRelId}"/>`);
  if (parts.tableRelIds.length > 0) {
    out.push(
      `<tableParts count="${parts.tableRelIds.length}">${parts.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`,
    );
  }
  out.push('</worksheet>');
  return out.join('');
}
