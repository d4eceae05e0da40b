import { formatBox, quoteSheet } from '../addresses';
import type { FakeName, FakeTable } from '../documentObjects';
import { CODES, fail } from '../errors';
import type { Env, TypeDef } from '../types';
import { bool, nav, prop, rangeArg, rangeOfSheet, ro, text } from './define';
import type { CollectionScope, RangeTarget } from './define';

/* Tables and names. */

export const TableCollection: TypeDef = {
  name: 'TableCollection',
  items: {
    type: 'Table',
    list: (s: CollectionScope) => (s.sheet ? s.sheet.tables : s.workbook.tables),
    key: (t: FakeTable) => t.id,
  },
  props: {
    count: ro((s: CollectionScope) => (s.sheet ? s.sheet.tables : s.workbook.tables).length),
  },
  methods: {
    add: {
      returns: 'Table',
      run: (s: CollectionScope, [address, hasHeaders]: readonly unknown[], env: Env) => {
        const range = rangeArg(env, address, s.sheet);
        return s.workbook.addTable(range.sheet, range.box, bool(hasHeaders, 'hasHeaders'));
      },
    },
    getItem: {
      returns: 'Table',
      run: (s: CollectionScope, [key]: readonly unknown[]) => findTable(s, key),
    },
    getItemOrNullObject: {
      returns: 'Table',
      orNull: true,
      api: 4,
      run: (s: CollectionScope, [key]: readonly unknown[]) => findTable(s, key),
    },
  },
};

function findTable(s: CollectionScope, key: unknown): FakeTable | null {
  if (typeof key !== 'string') return null;
  const table = s.workbook.findTable(key) ?? s.workbook.tables.find((t) => t.id === key) ?? null;
  return table && (!s.sheet || table.sheet === s.sheet) ? table : null;
}

export const Table: TypeDef = {
  name: 'Table',
  props: {
    id: ro((t: FakeTable) => t.id),
    name: prop(
      (t: FakeTable) => t.name,
      (t: FakeTable, v: unknown) => {
        t.name = t.sheet.workbook.checkTableName(v, t);
      },
    ),
    style: prop(
      (t: FakeTable) => t.style,
      (t: FakeTable, v: unknown) => {
        if (typeof v !== 'string' || !/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v)) {
          fail(CODES.invalidArgument, `'${String(v)}' is not a table style`);
        }
        t.style = v;
      },
    ),
    showHeaders: ro(() => true),
    showTotals: ro(() => false),
  },
  navs: {
    worksheet: nav<FakeTable>('Worksheet', (t) => t.sheet),
    rows: nav<FakeTable>('TableRowCollection', (t) => t),
  },
  methods: {
    getHeaderRowRange: {
      returns: 'Range',
      run: (t: FakeTable) => rangeOfSheet(t.sheet, t.headerBox),
    },
    getDataBodyRange: {
      returns: 'Range',
      run: (t: FakeTable) => rangeOfSheet(t.sheet, t.bodyBox),
    },
    getRange: {
      returns: 'Range',
      run: (t: FakeTable) => rangeOfSheet(t.sheet, t.box),
    },
  },
};

export const TableRowCollection: TypeDef = {
  name: 'TableRowCollection',
  props: { count: ro((t: FakeTable) => t.box.rows - 1) },
  methods: {
    add: {
      returns: 'TableRow',
      run: (t: FakeTable, [index, values]: readonly unknown[]) => {
        const before = t.box.rows;
        t.sheet.workbook.addTableRows(t, index, values);
        return { table: t, index: typeof index === 'number' ? index : before - 1 };
      },
    },
  },
};

export const TableRow: TypeDef = {
  name: 'TableRow',
  props: { index: ro((r: { index: number }) => r.index) },
};

// ---- Names ----------------------------------------------------------------------------

function nameList(s: CollectionScope): FakeName[] {
  return (s.sheet ? s.sheet.names : s.workbook.names).filter((n) => !n.deleted);
}

export const NamedItemCollection: TypeDef = {
  name: 'NamedItemCollection',
  items: {
    type: 'NamedItem',
    list: nameList,
    key: (n: FakeName) => n.name,
  },
  methods: {
    add: {
      returns: 'NamedItem',
      api: 4,
      run: (s: CollectionScope, [name, reference, comment]: readonly unknown[], env: Env) => {
        let formula: string;
        if (env.isProxy(reference)) {
          const r = env.target(reference) as RangeTarget;
          formula = `=${quoteSheet(r.sheet.name)}!${formatBox(r.box).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
        } else {
          const given = text(reference, 'name reference', 8192);
          if (given.trim() === '') fail(CODES.invalidArgument, 'A name needs a reference');
          formula = given.startsWith('=') ? given : `=${given}`;
        }
        return s.workbook.addName(s.sheet, name, formula, comment);
      },
    },
    getItem: {
      returns: 'NamedItem',
      run: (s: CollectionScope, [name]: readonly unknown[]) =>
        typeof name === 'string' ? s.workbook.findName(name, s.sheet) : null,
    },
    getItemOrNullObject: {
      returns: 'NamedItem',
      orNull: true,
      api: 4,
      run: (s: CollectionScope, [name]: readonly unknown[]) =>
        typeof name === 'string' ? s.workbook.findName(name, s.sheet) : null,
    },
  },
};

export const NamedItem: TypeDef = {
  name: 'NamedItem',
  props: {
    name: ro((n: FakeName) => n.name),
    formula: prop(
      (n: FakeName) => n.formula,
      (n: FakeName, v: unknown) => {
        const given = text(v, 'formula', 8192);
        n.formula = given.startsWith('=') ? given : `=${given}`;
      },
      7,
    ),
    visible: prop(
      (n: FakeName) => n.visible,
      (n: FakeName, v: unknown) => {
        n.visible = bool(v, 'visible');
      },
    ),
    comment: prop(
      (n: FakeName) => n.comment,
      (n: FakeName, v: unknown) => {
        n.comment = text(v, 'comment', 255);
      },
      4,
    ),
    type: ro((n: FakeName) => (/^="/.test(n.formula) ? 'String' : 'Range')),
    value: ro((n: FakeName) => {
      const match = /^="(.*)"$/.exec(n.formula);
      return match ? (match[1] ?? '').replace(/""/g, '"') : n.formula.slice(1);
    }),
  },
  methods: {
    delete: {
      api: 4,
      run: (n: FakeName) => {
        n.deleted = true;
        const list = n.scope ? n.scope.names : null;
        if (list) list.splice(list.indexOf(n), 1);
      },
    },
  },
};
