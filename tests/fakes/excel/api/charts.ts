import { formatBox } from '../addresses';
import type { AxisRecord, FakeChart, FakeSeries } from '../documentObjects';
import { CODES, fail } from '../errors';
import type { FakeSheet } from '../fakeSheet';
import type { Env, PropDef, TypeDef } from '../types';
import { bool, colour, nav, num, oneOf, prop, qualified, rangeArg, ro, text } from './define';

/* Charts: the chart, its title, legend, axes and series. */

interface AxisTarget {
  readonly chart: FakeChart;
  readonly axis: 'valueAxis' | 'categoryAxis';
}

export const ChartCollection: TypeDef = {
  name: 'ChartCollection',
  items: {
    type: 'Chart',
    list: (s: FakeSheet) => s.charts.filter((c) => !c.deleted),
    key: (c: FakeChart) => c.id,
  },
  props: { count: ro((s: FakeSheet) => s.charts.filter((c) => !c.deleted).length) },
  methods: {
    add: {
      returns: 'Chart',
      run: (s: FakeSheet, [type, source, seriesBy]: readonly unknown[], env: Env) => {
        const chartType = oneOf('chartType', type, 'chart type');
        const by = seriesBy === undefined ? 'Auto' : oneOf('seriesBy', seriesBy, 'series by');
        const range = rangeArg(env, source, null);
        return s.workbook.addChart(s, chartType, range.box, by);
      },
    },
    getItem: {
      returns: 'Chart',
      run: (s: FakeSheet, [name]: readonly unknown[]) =>
        s.charts.find((c) => !c.deleted && c.name === name) ?? null,
    },
    getItemAt: {
      returns: 'Chart',
      run: (s: FakeSheet, [index]: readonly unknown[]) =>
        s.charts.filter((c) => !c.deleted)[num(index, 'chart index', 0, 1e9, true)] ??
        fail(CODES.invalidArgument, `No chart at ${String(index)}`),
    },
  },
};

const LINE_TYPES =
  /^(Line|LineStacked|LineStacked100|LineMarkers|LineMarkersStacked|LineMarkersStacked100|XYScatter.*|Radar|RadarMarkers)$/;

function cellArg(env: Env, sheet: FakeSheet, arg: unknown): string {
  if (env.isProxy(arg)) return formatBox(rangeArg(env, arg, sheet).box);
  return formatBox(qualified(sheet.workbook, arg, sheet).box);
}

export const Chart: TypeDef = {
  name: 'Chart',
  props: {
    id: ro((c: FakeChart) => c.id),
    name: prop(
      (c: FakeChart) => c.name,
      (c: FakeChart, v: unknown) => {
        c.name = text(v, 'chart name', 255);
      },
    ),
    chartType: ro((c: FakeChart) => c.chartType),
    displayBlanksAs: prop(
      (c: FakeChart) => c.displayBlanksAs,
      (c: FakeChart, v: unknown) => {
        c.displayBlanksAs = oneOf('displayBlanksAs', v, 'displayBlanksAs');
      },
      8,
    ),
  },
  navs: {
    title: nav<FakeChart>('ChartTitle', (c) => c),
    legend: nav<FakeChart>('ChartLegend', (c) => c),
    axes: nav<FakeChart>('ChartAxes', (c) => c),
    series: nav<FakeChart>('ChartSeriesCollection', (c) => c),
    worksheet: nav<FakeChart>('Worksheet', (c) => c.sheet),
  },
  methods: {
    setPosition: {
      run: (c: FakeChart, [start, end]: readonly unknown[], env: Env) => {
        c.position = {
          start: cellArg(env, c.sheet, start),
          end: end === undefined || end === null ? null : cellArg(env, c.sheet, end),
        };
      },
    },
    delete: {
      run: (c: FakeChart) => {
        c.deleted = true;
        c.sheet.charts.splice(c.sheet.charts.indexOf(c), 1);
      },
    },
  },
};

export const ChartTitle: TypeDef = {
  name: 'ChartTitle',
  props: {
    text: prop(
      (c: FakeChart) => c.title.text,
      (c: FakeChart, v: unknown) => {
        c.title.text = text(v, 'chart title', 255);
        c.title.visible = c.title.text !== '';
      },
    ),
    visible: prop(
      (c: FakeChart) => c.title.visible,
      (c: FakeChart, v: unknown) => {
        c.title.visible = bool(v, 'visible');
      },
    ),
  },
  navs: { format: nav<FakeChart>('ChartTitleFormat', (c) => c) },
};

export const ChartTitleFormat: TypeDef = {
  name: 'ChartTitleFormat',
  navs: { font: nav<FakeChart>('ChartFont', (c) => c) },
};

export const ChartFont: TypeDef = {
  name: 'ChartFont',
  props: {
    size: prop(
      (c: FakeChart) => c.title.fontSize,
      (c: FakeChart, v: unknown) => {
        c.title.fontSize = num(v, 'font size', 1, 409);
      },
    ),
    bold: prop(
      (c: FakeChart) => c.title.bold,
      (c: FakeChart, v: unknown) => {
        c.title.bold = bool(v, 'bold');
      },
    ),
  },
};

export const ChartLegend: TypeDef = {
  name: 'ChartLegend',
  props: {
    position: prop(
      (c: FakeChart) => c.legend.position,
      (c: FakeChart, v: unknown) => {
        c.legend.position = oneOf('legendPosition', v, 'legend position');
      },
    ),
    visible: prop(
      (c: FakeChart) => c.legend.visible,
      (c: FakeChart, v: unknown) => {
        c.legend.visible = bool(v, 'visible');
      },
    ),
  },
};

export const ChartAxes: TypeDef = {
  name: 'ChartAxes',
  navs: {
    valueAxis: nav<FakeChart>('ChartAxis', (c): AxisTarget => ({ chart: c, axis: 'valueAxis' })),
    categoryAxis: nav<FakeChart>('ChartAxis', (c): AxisTarget => ({
      chart: c,
      axis: 'categoryAxis',
    })),
  },
};

function axisProp<K extends keyof AxisRecord>(
  key: K,
  check: (v: unknown) => AxisRecord[K],
  api?: number,
): PropDef {
  return prop(
    (a: AxisTarget) => a.chart.axes[a.axis][key],
    (a: AxisTarget, v: unknown) => {
      a.chart.axes[a.axis][key] = check(v);
    },
    api,
  );
}

export const ChartAxis: TypeDef = {
  name: 'ChartAxis',
  props: {
    minimum: axisProp('minimum', (v) => num(v, 'axis minimum', -1e307, 1e307)),
    maximum: axisProp('maximum', (v) => num(v, 'axis maximum', -1e307, 1e307)),
    numberFormat: axisProp('numberFormat', (v) => text(v, 'number format', 255), 8),
    reversePlotOrder: axisProp('reversePlotOrder', (v) => bool(v, 'reversePlotOrder'), 7),
  },
};

export const ChartSeriesCollection: TypeDef = {
  name: 'ChartSeriesCollection',
  items: {
    type: 'ChartSeries',
    list: (c: FakeChart) => c.series,
    key: (s: FakeSeries) => `${s.chart.id}/${s.chart.series.indexOf(s)}`,
  },
  props: { count: ro((c: FakeChart) => c.series.length) },
  methods: {
    getItemAt: {
      returns: 'ChartSeries',
      run: (c: FakeChart, [index]: readonly unknown[]) =>
        c.series[num(index, 'series index', 0, 1e6, true)] ??
        fail(
          CODES.invalidArgument,
          `The chart '${c.name}' has no series ${String(index)} (it has ${c.series.length})`,
        ),
    },
  },
};

function markerProp(
  key: 'markerStyle' | 'markerBackgroundColor' | 'markerForegroundColor',
): PropDef {
  return prop(
    (s: FakeSeries) => s[key],
    (s: FakeSeries, v: unknown) => {
      if (!LINE_TYPES.test(s.chart.chartType)) {
        fail(CODES.invalidArgument, `A ${s.chart.chartType} chart's series have no markers`);
      }
      if (key === 'markerStyle') s.markerStyle = oneOf('markerStyle', v, 'marker style');
      else s[key] = colour(v, 'marker colour');
    },
    7,
  );
}

export const ChartSeries: TypeDef = {
  name: 'ChartSeries',
  props: {
    name: ro((s: FakeSeries) => s.name),
    markerStyle: markerProp('markerStyle'),
    markerBackgroundColor: markerProp('markerBackgroundColor'),
    markerForegroundColor: markerProp('markerForegroundColor'),
  },
  navs: { format: nav<FakeSeries>('ChartSeriesFormat', (s) => s) },
};

export const ChartSeriesFormat: TypeDef = {
  name: 'ChartSeriesFormat',
  navs: {
    fill: nav<FakeSeries>('ChartFill', (s) => s),
    line: nav<FakeSeries>('ChartLineFormat', (s) => s),
  },
};

export const ChartFill: TypeDef = {
  name: 'ChartFill',
  methods: {
    setSolidColor: {
      run: (s: FakeSeries, [color]: readonly unknown[]) => {
        s.fillColor = colour(color, 'fill colour');
      },
    },
    clear: {
      run: (s: FakeSeries) => {
        s.fillColor = null;
      },
    },
  },
};

export const ChartLineFormat: TypeDef = {
  name: 'ChartLineFormat',
  props: {
    color: prop(
      (s: FakeSeries) => s.line.color,
      (s: FakeSeries, v: unknown) => {
        s.line.color = colour(v, 'line colour');
      },
    ),
    weight: prop(
      (s: FakeSeries) => s.line.weight,
      (s: FakeSeries, v: unknown) => {
        s.line.weight = num(v, 'line weight', 0, 1584);
      },
      7,
    ),
    lineStyle: prop(
      (s: FakeSeries) => s.line.lineStyle,
      (s: FakeSeries, v: unknown) => {
        s.line.lineStyle = oneOf('lineStyle', v, 'line style');
      },
      7,
    ),
  },
};

/** Every type the fake implements, by Office.js class name. */
