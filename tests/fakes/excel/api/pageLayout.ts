import { formatBox, isWholeRows, MAX_COLS, MAX_ROWS } from '../addresses';
import type { HeaderFooterTexts, PageLayoutRecord } from '../documentObjects';
import { CODES, fail } from '../errors';
import type { FakeSheet } from '../fakeSheet';
import type { Env, PropDef, TypeDef } from '../types';
import { bool, nav, num, oneOf, prop, qualified, rangeArg, text } from './define';

/* Frozen panes and print setup (page layout is ExcelApi 1.9). */

export const WorksheetFreezePanes: TypeDef = {
  name: 'WorksheetFreezePanes',
  methods: {
    freezeRows: {
      run: (s: FakeSheet, [count]: readonly unknown[]) => {
        s.frozenRows = count === undefined ? 1 : num(count, 'row count', 0, MAX_ROWS - 1, true);
        s.frozenColumns = 0;
      },
    },
    freezeColumns: {
      run: (s: FakeSheet, [count]: readonly unknown[]) => {
        s.frozenColumns =
          count === undefined ? 1 : num(count, 'column count', 0, MAX_COLS - 1, true);
        s.frozenRows = 0;
      },
    },
    unfreeze: {
      run: (s: FakeSheet) => {
        s.frozenRows = 0;
        s.frozenColumns = 0;
      },
    },
  },
};

function pageProp<K extends keyof PageLayoutRecord>(
  key: K,
  check: (v: unknown) => PageLayoutRecord[K],
): PropDef {
  return prop(
    (s: FakeSheet) => s.pageLayout[key],
    (s: FakeSheet, v: unknown) => {
      s.pageLayout[key] = check(v);
    },
  );
}

const margin = (v: unknown): number => num(v, 'margin (points)', 0, 1000);

function zoomOf(v: unknown): PageLayoutRecord['zoom'] {
  if (typeof v !== 'object' || v === null)
    return fail(CODES.invalidArgument, 'zoom must be an object');
  const { scale, horizontalFitToPages, verticalFitToPages, ...rest } = v as Record<string, unknown>;
  if (Object.keys(rest).length > 0)
    fail(CODES.invalidArgument, `Unknown zoom options ${Object.keys(rest).join(', ')}`);
  const zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } = {};
  if (scale !== undefined && scale !== null) zoom.scale = num(scale, 'zoom scale', 10, 400);
  if (horizontalFitToPages !== undefined && horizontalFitToPages !== null)
    zoom.horizontalFitToPages = num(horizontalFitToPages, 'pages wide', 0, 32767, true);
  if (verticalFitToPages !== undefined && verticalFitToPages !== null)
    zoom.verticalFitToPages = num(verticalFitToPages, 'pages tall', 0, 32767, true);
  if (
    zoom.scale !== undefined &&
    (zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined)
  ) {
    fail(CODES.invalidArgument, 'A zoom is either a scale or a fit to pages');
  }
  return zoom;
}

export const PageLayout: TypeDef = {
  name: 'PageLayout',
  props: {
    orientation: pageProp('orientation', (v) => oneOf('orientation', v, 'page orientation')),
    paperSize: pageProp('paperSize', (v) => oneOf('paperSize', v, 'paper size')),
    zoom: pageProp('zoom', zoomOf),
    centerHorizontally: pageProp('centerHorizontally', (v) => bool(v, 'centerHorizontally')),
    centerVertically: pageProp('centerVertically', (v) => bool(v, 'centerVertically')),
    topMargin: pageProp('topMargin', margin),
    bottomMargin: pageProp('bottomMargin', margin),
    leftMargin: pageProp('leftMargin', margin),
    rightMargin: pageProp('rightMargin', margin),
    headerMargin: pageProp('headerMargin', margin),
    footerMargin: pageProp('footerMargin', margin),
  },
  navs: {
    headersFooters: nav<FakeSheet>('HeaderFooterGroup', (s) => s),
  },
  methods: {
    setPrintArea: {
      run: (s: FakeSheet, [area]: readonly unknown[], env: Env) => {
        if (env.isProxy(area)) {
          s.pageLayout.printArea = formatBox(rangeArg(env, area, s).box);
          return;
        }
        const parts = text(area, 'print area', 2048).split(',');
        s.pageLayout.printArea = parts
          .map((p) => formatBox(qualified(s.workbook, p.trim(), s).box))
          .join(',');
      },
    },
    setPrintTitleRows: {
      run: (s: FakeSheet, [rows]: readonly unknown[], env: Env) => {
        const box = env.isProxy(rows)
          ? rangeArg(env, rows, s).box
          : qualified(s.workbook, rows, s).box;
        if (!isWholeRows(box)) {
          fail(CODES.invalidArgument, 'Print title rows must span entire rows');
        }
        s.pageLayout.printTitleRows = `$${box.row + 1}:$${box.row + box.rows}`;
      },
    },
  },
};

export const HeaderFooterGroup: TypeDef = {
  name: 'HeaderFooterGroup',
  navs: {
    defaultForAllPages: nav<FakeSheet>('HeaderFooter', (s) => s.pageLayout.defaultForAllPages),
  },
};

function headerFooter(key: keyof HeaderFooterTexts): PropDef {
  return prop(
    (h: HeaderFooterTexts) => h[key],
    (h: HeaderFooterTexts, v: unknown) => {
      h[key] = text(v, key, 255);
    },
  );
}

export const HeaderFooter: TypeDef = {
  name: 'HeaderFooter',
  props: {
    leftHeader: headerFooter('leftHeader'),
    centerHeader: headerFooter('centerHeader'),
    rightHeader: headerFooter('rightHeader'),
    leftFooter: headerFooter('leftFooter'),
    centerFooter: headerFooter('centerFooter'),
    rightFooter: headerFooter('rightFooter'),
  },
};
