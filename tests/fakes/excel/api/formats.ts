import type { Box } from '../addresses';
import { boxOf, isWholeRows } from '../addresses';
import type { BorderRecord, CellFormat } from '../documentObjects';
import { CODES, fail } from '../errors';
import type { TypeDef } from '../types';
import { bool, colour, fmt, nav, num, oneOf, prop, ro, setFormat, text, uniform } from './define';
import type { RangeTarget } from './define';

/* Cell formats: sizes, alignment, font, fill and borders. */

interface BorderTarget {
  readonly range: RangeTarget;
  readonly edge: string;
}

const DEFAULT_WIDTH = 48;
const DEFAULT_HEIGHT = 15;

export const RangeFormat: TypeDef = {
  name: 'RangeFormat',
  props: {
    columnWidth: prop(
      (r: RangeTarget) =>
        uniform(
          { ...r, box: boxOf(0, r.box.col, 1, r.box.cols) },
          (_row, col) => r.sheet.columnWidths.get(col) ?? DEFAULT_WIDTH,
        ),
      (r: RangeTarget, v: unknown) => {
        const width = num(v, 'column width', 0, 1800);
        for (let c = r.box.col; c < r.box.col + r.box.cols; c++) r.sheet.columnWidths.set(c, width);
      },
    ),
    rowHeight: prop(
      (r: RangeTarget) =>
        uniform(
          { ...r, box: boxOf(r.box.row, 0, r.box.rows, 1) },
          (row) => r.sheet.rowHeights.get(row) ?? DEFAULT_HEIGHT,
        ),
      (r: RangeTarget, v: unknown) => {
        const height = num(v, 'row height', 0, 409);
        if (isWholeRows(r.box) || r.box.rows > 100_000) {
          fail(CODES.generalException, 'The fake sets row heights on at most 100,000 rows');
        }
        for (let row = r.box.row; row < r.box.row + r.box.rows; row++)
          r.sheet.rowHeights.set(row, height);
      },
    ),
    horizontalAlignment: prop(
      (r: RangeTarget) => fmt(r, (f) => f.horizontal, 'General'),
      (r: RangeTarget, v: unknown) =>
        setFormat(r, { horizontal: oneOf('horizontal', v, 'horizontal alignment') }),
    ),
    verticalAlignment: prop(
      (r: RangeTarget) => fmt(r, (f) => f.vertical, 'Bottom'),
      (r: RangeTarget, v: unknown) =>
        setFormat(r, { vertical: oneOf('vertical', v, 'vertical alignment') }),
    ),
    wrapText: prop(
      (r: RangeTarget) => fmt(r, (f) => f.wrap, false),
      (r: RangeTarget, v: unknown) => setFormat(r, { wrap: bool(v, 'wrapText') }),
    ),
    indentLevel: prop(
      (r: RangeTarget) => fmt(r, (f) => f.indent, 0),
      (r: RangeTarget, v: unknown) =>
        setFormat(r, { indent: num(v, 'indent level', 0, 250, true) }),
      9,
    ),
  },
  navs: {
    font: nav<RangeTarget>('RangeFont', (r) => r),
    fill: nav<RangeTarget>('RangeFill', (r) => r),
    borders: nav<RangeTarget>('RangeBorderCollection', (r) => r),
  },
};

export const RangeFont: TypeDef = {
  name: 'RangeFont',
  props: {
    bold: prop(
      (r: RangeTarget) => fmt(r, (f) => f.bold, false),
      (r: RangeTarget, v: unknown) => setFormat(r, { bold: bool(v, 'bold') }),
    ),
    italic: prop(
      (r: RangeTarget) => fmt(r, (f) => f.italic, false),
      (r: RangeTarget, v: unknown) => setFormat(r, { italic: bool(v, 'italic') }),
    ),
    size: prop(
      (r: RangeTarget) => fmt(r, (f) => f.fontSize, 11),
      (r: RangeTarget, v: unknown) => setFormat(r, { fontSize: num(v, 'font size', 1, 409) }),
    ),
    color: prop(
      (r: RangeTarget) => fmt(r, (f) => f.fontColor, '#000000'),
      (r: RangeTarget, v: unknown) => setFormat(r, { fontColor: colour(v, 'font colour') }),
    ),
    name: prop(
      (r: RangeTarget) => fmt(r, (f) => f.fontName, 'Calibri'),
      (r: RangeTarget, v: unknown) => setFormat(r, { fontName: text(v, 'font name', 31) }),
    ),
  },
};

export const RangeFill: TypeDef = {
  name: 'RangeFill',
  props: {
    color: prop(
      (r: RangeTarget) => fmt(r, (f) => f.fill, '#FFFFFF'),
      (r: RangeTarget, v: unknown) => setFormat(r, { fill: colour(v, 'fill colour') }),
    ),
  },
  methods: {
    clear: {
      run: (r: RangeTarget) =>
        r.sheet.formatCells(
          r.box,
          (f) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'fill')) as CellFormat,
        ),
    },
  },
};

export const RangeBorderCollection: TypeDef = {
  name: 'RangeBorderCollection',
  methods: {
    getItem: {
      returns: 'RangeBorder',
      run: (r: RangeTarget, [index]: readonly unknown[]): BorderTarget => ({
        range: r,
        edge: oneOf('borderIndex', index, 'border index'),
      }),
    },
  },
};

/**
 * The cells an edge lies on, and the side of each cell it is stored as. A line inside a range
 * (InsideHorizontal, InsideVertical) is a line between two cells, so it is stored on both.
 */
function edgeCells(b: BorderTarget): { box: Box; side: string }[] {
  const { box } = b.range;
  const rows = (from: number, count: number): Box =>
    boxOf(box.row + from, box.col, count, box.cols);
  const cols = (from: number, count: number): Box =>
    boxOf(box.row, box.col + from, box.rows, count);
  switch (b.edge) {
    case 'EdgeTop':
      return [{ box: rows(0, 1), side: 'EdgeTop' }];
    case 'EdgeBottom':
      return [{ box: rows(box.rows - 1, 1), side: 'EdgeBottom' }];
    case 'EdgeLeft':
      return [{ box: cols(0, 1), side: 'EdgeLeft' }];
    case 'EdgeRight':
      return [{ box: cols(box.cols - 1, 1), side: 'EdgeRight' }];
    case 'InsideHorizontal':
      return box.rows < 2
        ? []
        : [
            { box: rows(0, box.rows - 1), side: 'EdgeBottom' },
            { box: rows(1, box.rows - 1), side: 'EdgeTop' },
          ];
    case 'InsideVertical':
      return box.cols < 2
        ? []
        : [
            { box: cols(0, box.cols - 1), side: 'EdgeRight' },
            { box: cols(1, box.cols - 1), side: 'EdgeLeft' },
          ];
    default:
      return [{ box, side: b.edge }];
  }
}

function setBorder(b: BorderTarget, patch: Partial<BorderRecord>): void {
  for (const { box, side } of edgeCells(b)) {
    b.range.sheet.formatCells(box, (f) => {
      const old: BorderRecord = f.borders?.[side] ?? {
        style: 'None',
        weight: 'Thin',
        color: '#000000',
      };
      const next = { ...old, ...patch };
      if ((patch.weight !== undefined || patch.color !== undefined) && next.style === 'None') {
        next.style = 'Continuous';
      }
      return { ...f, borders: { ...f.borders, [side]: next } };
    });
  }
}

function readBorder(b: BorderTarget, key: keyof BorderRecord, fallback: string): unknown {
  const [first] = edgeCells(b);
  if (!first) return fallback;
  const sheet = b.range.sheet;
  return uniform(
    { sheet, box: first.box },
    (r, c) => sheet.cellAt(r, c).format.borders?.[first.side]?.[key] ?? fallback,
  );
}

export const RangeBorder: TypeDef = {
  name: 'RangeBorder',
  props: {
    sideIndex: ro((b: BorderTarget) => b.edge),
    style: prop(
      (b: BorderTarget) => readBorder(b, 'style', 'None'),
      (b: BorderTarget, v: unknown) =>
        setBorder(b, { style: oneOf('borderStyle', v, 'border style') }),
    ),
    weight: prop(
      (b: BorderTarget) => readBorder(b, 'weight', 'Thin'),
      (b: BorderTarget, v: unknown) =>
        setBorder(b, { weight: oneOf('borderWeight', v, 'border weight') }),
    ),
    color: prop(
      (b: BorderTarget) => readBorder(b, 'color', '#000000'),
      (b: BorderTarget, v: unknown) => setBorder(b, { color: colour(v, 'border colour') }),
    ),
  },
};
