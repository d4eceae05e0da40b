import { Range, Workbook, Worksheet, WorksheetCollection } from './api/sheets';
import {
  RangeBorder,
  RangeBorderCollection,
  RangeFill,
  RangeFont,
  RangeFormat,
} from './api/formats';
import {
  NamedItem,
  NamedItemCollection,
  Table,
  TableCollection,
  TableRow,
  TableRowCollection,
} from './api/tables';
import {
  HeaderFooter,
  HeaderFooterGroup,
  PageLayout,
  WorksheetFreezePanes,
} from './api/pageLayout';
import {
  ConditionalDataBarPositiveFormat,
  ConditionalFormat,
  ConditionalFormatCollection,
  DataBarConditionalFormat,
  DataValidation,
} from './api/cellRules';
import {
  Chart,
  ChartAxes,
  ChartAxis,
  ChartCollection,
  ChartFill,
  ChartFont,
  ChartLegend,
  ChartLineFormat,
  ChartSeries,
  ChartSeriesCollection,
  ChartSeriesFormat,
  ChartTitle,
  ChartTitleFormat,
} from './api/charts';
import type { TypeDef } from './types';

/*
 * The Excel API types the fake implements, by Office.js class name, member by member (in
 * ./api), with the ExcelApi set each member needs when it is newer than 1.7 (what the add-in's
 * manifest requires).
 */

export const TYPES: Readonly<Record<string, TypeDef>> = {
  Workbook,
  WorksheetCollection,
  Worksheet,
  Range,
  RangeFormat,
  RangeFont,
  RangeFill,
  RangeBorderCollection,
  RangeBorder,
  TableCollection,
  Table,
  TableRowCollection,
  TableRow,
  NamedItemCollection,
  NamedItem,
  WorksheetFreezePanes,
  PageLayout,
  HeaderFooterGroup,
  HeaderFooter,
  ConditionalFormatCollection,
  ConditionalFormat,
  DataBarConditionalFormat,
  ConditionalDataBarPositiveFormat,
  DataValidation,
  ChartCollection,
  Chart,
  ChartTitle,
  ChartTitleFormat,
  ChartFont,
  ChartLegend,
  ChartAxes,
  ChartAxis,
  ChartSeriesCollection,
  ChartSeries,
  ChartSeriesFormat,
  ChartFill,
  ChartLineFormat,
};
