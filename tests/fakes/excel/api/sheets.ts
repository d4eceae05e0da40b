import { boxOf, formatBox, MAX_COLS, MAX_ROWS, quoteSheet } from '../addresses';
import type { FakeSheet } from '../fakeSheet';
import type { FakeWorkbook } from '../fakeWorkbook';
import type { TypeDef } from '../types';
import { bool, colour, nav, oneOf, prop, qualified, rangeOfSheet, ro, subRange } from './define';
import type { CollectionScope, RangeTarget } from './define';

/* The workbook, its sheets and ranges. */

export const Workbook: TypeDef = {
  name: 'Workbook',
  navs: {
    worksheets: nav<FakeWorkbook>('WorksheetCollection', (wb) => wb),
    tables: nav<FakeWorkbook>('TableCollection', (wb): CollectionScope => ({
      workbook: wb,
      sheet: null,
    })),
    names: nav<FakeWorkbook>('NamedItemCollection', (wb): CollectionScope => ({
      workbook: wb,
      sheet: null,
    })),
  },
};

export const WorksheetCollection: TypeDef = {
  name: 'WorksheetCollection',
  items: {
    type: 'Worksheet',
    list: (wb: FakeWorkbook) => wb.sheets,
    key: (s: FakeSheet) => s.id,
  },
  methods: {
    add: {
      returns: 'Worksheet',
      run: (wb: FakeWorkbook, [name]: readonly unknown[]) => wb.addSheet(name),
    },
    getItem: {
      returns: 'Worksheet',
      run: (wb: FakeWorkbook, [key]: readonly unknown[]) =>
        typeof key === 'string' ? (wb.findSheet(key) ?? wb.findSheetById(key)) : null,
    },
    getItemOrNullObject: {
      returns: 'Worksheet',
      orNull: true,
      api: 4,
      run: (wb: FakeWorkbook, [key]: readonly unknown[]) =>
        typeof key === 'string' ? (wb.findSheet(key) ?? wb.findSheetById(key)) : null,
    },
    getActiveWorksheet: {
      returns: 'Worksheet',
      run: (wb: FakeWorkbook) => wb.activeSheet,
    },
  },
};

export const Worksheet: TypeDef = {
  name: 'Worksheet',
  props: {
    id: ro((s: FakeSheet) => s.id),
    name: prop(
      (s: FakeSheet) => s.name,
      (s: FakeSheet, v: unknown) => s.workbook.renameSheet(s, v),
    ),
    position: prop(
      (s: FakeSheet) => s.position,
      (s: FakeSheet, v: unknown) => s.workbook.moveSheet(s, v),
    ),
    visibility: prop(
      (s: FakeSheet) => s.visibility,
      (s: FakeSheet, v: unknown) => {
        s.visibility = oneOf('visibility', v, 'sheet visibility');
      },
    ),
    tabColor: prop(
      (s: FakeSheet) => s.tabColor,
      (s: FakeSheet, v: unknown) => {
        s.tabColor = v === '' ? '' : colour(v, 'tab colour');
      },
      7,
    ),
    showGridlines: prop(
      (s: FakeSheet) => s.showGridlines,
      (s: FakeSheet, v: unknown) => {
        s.showGridlines = bool(v, 'showGridlines');
      },
      8,
    ),
  },
  navs: {
    tables: nav<FakeSheet>('TableCollection', (s): CollectionScope => ({
      workbook: s.workbook,
      sheet: s,
    })),
    charts: nav<FakeSheet>('ChartCollection', (s) => s),
    names: nav<FakeSheet>(
      'NamedItemCollection',
      (s): CollectionScope => ({ workbook: s.workbook, sheet: s }),
      4,
    ),
    freezePanes: nav<FakeSheet>('WorksheetFreezePanes', (s) => s, 7),
    pageLayout: nav<FakeSheet>('PageLayout', (s) => s, 9),
  },
  methods: {
    getRange: {
      returns: 'Range',
      run: (s: FakeSheet, [address]: readonly unknown[]) =>
        address === undefined || address === ''
          ? rangeOfSheet(s, boxOf(0, 0, MAX_ROWS, MAX_COLS))
          : qualified(s.workbook, address, s),
    },
    getRangeByIndexes: {
      returns: 'Range',
      api: 7,
      run: (s: FakeSheet, [row, col, rows, cols]: readonly unknown[]) =>
        subRange(rangeOfSheet(s, boxOf(0, 0)), row, col, rows, cols),
    },
    getCell: {
      returns: 'Range',
      run: (s: FakeSheet, [row, col]: readonly unknown[]) =>
        subRange(rangeOfSheet(s, boxOf(0, 0)), row, col, 1, 1),
    },
    getUsedRange: {
      returns: 'Range',
      run: (s: FakeSheet, [valuesOnly]: readonly unknown[]) =>
        rangeOfSheet(s, s.usedBox(valuesOnly === true) ?? boxOf(0, 0)),
    },
    getUsedRangeOrNullObject: {
      returns: 'Range',
      orNull: true,
      api: 4,
      run: (s: FakeSheet, [valuesOnly]: readonly unknown[]) => {
        const box = s.usedBox(valuesOnly === true);
        return box ? rangeOfSheet(s, box) : null;
      },
    },
    activate: { run: (s: FakeSheet) => s.workbook.activate(s) },
    delete: { run: (s: FakeSheet) => s.workbook.deleteSheet(s) },
  },
};

function rangeAddress(r: RangeTarget): string {
  return `${quoteSheet(r.sheet.name)}!${formatBox(r.box)}`;
}

export const Range: TypeDef = {
  name: 'Range',
  props: {
    address: ro(rangeAddress),
    addressLocal: ro(rangeAddress),
    rowIndex: ro((r: RangeTarget) => r.box.row),
    columnIndex: ro((r: RangeTarget) => r.box.col),
    rowCount: ro((r: RangeTarget) => r.box.rows),
    columnCount: ro((r: RangeTarget) => r.box.cols),
    cellCount: ro((r: RangeTarget) => r.box.rows * r.box.cols),
    values: prop(
      (r: RangeTarget) => r.sheet.readBox(r.box),
      (r: RangeTarget, v: unknown) => r.sheet.writeValues(r.box, v),
    ),
    numberFormat: prop(
      (r: RangeTarget) => r.sheet.readFormats(r.box),
      (r: RangeTarget, v: unknown) => r.sheet.writeNumberFormats(r.box, v),
    ),
    formulas: ro((r: RangeTarget) => {
      const rows: unknown[][] = [];
      for (let i = 0; i < r.box.rows; i++) {
        const row: unknown[] = [];
        for (let j = 0; j < r.box.cols; j++) {
          const cell = r.sheet.cellAt(r.box.row + i, r.box.col + j);
          row.push(cell.formula ?? cell.value);
        }
        rows.push(row);
      }
      return rows;
    }),
  },
  navs: {
    format: nav<RangeTarget>('RangeFormat', (r) => r),
    conditionalFormats: nav<RangeTarget>('ConditionalFormatCollection', (r) => r, 6),
    dataValidation: nav<RangeTarget>('DataValidation', (r) => r, 8),
    worksheet: nav<RangeTarget>('Worksheet', (r) => r.sheet),
  },
  methods: {
    getCell: {
      returns: 'Range',
      run: (r: RangeTarget, [row, col]: readonly unknown[]) => subRange(r, row, col, 1, 1),
    },
    merge: {
      run: (r: RangeTarget, [across]: readonly unknown[]) => r.sheet.merge(r.box, across === true),
    },
    unmerge: {
      run: (r: RangeTarget) => {
        r.sheet.merges = r.sheet.merges.filter(
          (m) =>
            !(
              m.row >= r.box.row &&
              m.col >= r.box.col &&
              m.row + m.rows <= r.box.row + r.box.rows &&
              m.col + m.cols <= r.box.col + r.box.cols
            ),
        );
      },
    },
    select: { run: (r: RangeTarget) => r.sheet.workbook.select(r.sheet, r.box) },
  },
};
