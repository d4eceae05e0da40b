import type { Box } from './addresses';
import { boxOf, formatAbsolute, quoteSheet } from './addresses';
import type { StoredValue } from './cellInput';
import type { FakeSheet } from './fakeSheet';

/*
 * The parts of the fake document besides the sheets' cells: cell formats, validations, names,
 * tables, charts, conditional formats and page setup, as Excel keeps them.
 */

export interface BorderRecord {
  readonly style: string;
  readonly weight: string;
  readonly color: string;
}

/** A cell's formatting: only what was set (everything else is Excel's default). */
export interface CellFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fontName?: string;
  readonly fill?: string;
  readonly horizontal?: string;
  readonly vertical?: string;
  readonly wrap?: boolean;
  readonly indent?: number;
  readonly borders?: Readonly<Record<string, BorderRecord>>;
}

export interface ValidationRule {
  readonly list?: { readonly inCellDropDown: boolean; readonly source: string };
  readonly [type: string]: unknown;
}

export interface ValidationPrompt {
  readonly showPrompt: boolean;
  readonly title: string;
  readonly message: string;
}

export interface ValidationAlert {
  readonly showAlert: boolean;
  readonly style: string;
  readonly title: string;
  readonly message: string;
}

export interface ValidationRecord {
  readonly rule: ValidationRule | null;
  readonly prompt: ValidationPrompt | null;
  readonly errorAlert: ValidationAlert | null;
}

export interface FakeCell {
  value: StoredValue;
  /** The formula when the cell holds one (Excel would show its result). */
  formula: string | null;
  numberFormat: string;
  format: CellFormat;
  validation: ValidationRecord | null;
}

export const EMPTY_CELL: Readonly<FakeCell> = Object.freeze({
  value: '',
  formula: null,
  numberFormat: 'General',
  format: Object.freeze({}),
  validation: null,
});

export interface HeaderFooterTexts {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageLayoutRecord {
  orientation: string;
  paperSize: string;
  zoom: {
    readonly scale?: number;
    readonly horizontalFitToPages?: number;
    readonly verticalFitToPages?: number;
  };
  centerHorizontally: boolean;
  centerVertically: boolean;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  printArea: string | null;
  printTitleRows: string | null;
  readonly defaultForAllPages: HeaderFooterTexts;
}

/** Excel's defaults for a new sheet ("Normal" margins, in points). */
export function defaultPageLayout(): PageLayoutRecord {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printArea: null,
    printTitleRows: null,
    defaultForAllPages: {
      leftHeader: '',
      centerHeader: '',
      rightHeader: '',
      leftFooter: '',
      centerFooter: '',
      rightFooter: '',
    },
  };
}

export class FakeName {
  deleted = false;
  constructor(
    readonly scope: FakeSheet | null,
    readonly name: string,
    public formula: string,
    public visible: boolean,
    public comment: string,
  ) {}
}

export class FakeTable {
  deleted = false;
  style = 'TableStyleMedium2';
  constructor(
    readonly id: string,
    public name: string,
    public sheet: FakeSheet,
    /** The whole table, header row included. */
    public box: Box,
  ) {}

  get headerBox(): Box {
    return boxOf(this.box.row, this.box.col, 1, this.box.cols);
  }

  get bodyBox(): Box {
    return boxOf(this.box.row + 1, this.box.col, this.box.rows - 1, this.box.cols);
  }
}

export interface AxisRecord {
  minimum: number | null;
  maximum: number | null;
  numberFormat: string;
  reversePlotOrder: boolean;
}

export class FakeSeries {
  fillColor: string | null = null;
  line = { color: null as string | null, weight: null as number | null, lineStyle: 'Automatic' };
  markerStyle = 'Automatic';
  markerBackgroundColor: string | null = null;
  markerForegroundColor: string | null = null;
  constructor(
    readonly chart: FakeChart,
    readonly name: string,
    readonly nameBox: Box | null,
    readonly valuesBox: Box,
  ) {}

  /** The values the series plots, read from its cells now. */
  get values(): StoredValue[] {
    return this.chart.sheet.readBox(this.valuesBox).map((row) => row[0] ?? '');
  }

  /** The series' reference to its values, as Excel's series formula shows it. */
  get valuesReference(): string {
    return `${quoteSheet(this.chart.sheet.name)}!${formatAbsolute(this.valuesBox)}`;
  }
}

export class FakeChart {
  deleted = false;
  series: FakeSeries[] = [];
  categoriesBox: Box | null = null;
  title = { text: '', visible: false, fontSize: 14, bold: false };
  legend = { position: 'Right', visible: true };
  position: { start: string; end: string | null } | null = null;
  displayBlanksAs = 'NotPlotted';
  readonly axes: { valueAxis: AxisRecord; categoryAxis: AxisRecord } = {
    valueAxis: { minimum: null, maximum: null, numberFormat: 'General', reversePlotOrder: false },
    categoryAxis: {
      minimum: null,
      maximum: null,
      numberFormat: 'General',
      reversePlotOrder: false,
    },
  };
  constructor(
    readonly id: string,
    public name: string,
    readonly sheet: FakeSheet,
    readonly chartType: string,
    readonly source: Box,
  ) {}

  /** The category labels, read from their cells now. */
  get categories(): StoredValue[] | null {
    return this.categoriesBox
      ? this.sheet.readBox(this.categoriesBox).map((row) => row[0] ?? '')
      : null;
  }
}

export interface DataBarRecord {
  lowerBoundRule: { readonly type: string; readonly formula?: string };
  upperBoundRule: { readonly type: string; readonly formula?: string };
  readonly positiveFormat: { fillColor: string; borderColor: string; gradientFill: boolean };
}

export class FakeConditionalFormat {
  deleted = false;
  readonly dataBar: DataBarRecord = {
    lowerBoundRule: { type: 'Automatic' },
    upperBoundRule: { type: 'Automatic' },
    positiveFormat: { fillColor: '#638EC6', borderColor: '', gradientFill: true },
  };
  constructor(
    readonly id: string,
    readonly sheet: FakeSheet,
    readonly type: string,
    readonly ranges: readonly Box[],
  ) {}
}
