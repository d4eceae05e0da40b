import type {
  FakeConditionalFormat,
  ValidationAlert,
  ValidationPrompt,
  ValidationRule,
} from '../documentObjects';
import { FakeConditionalFormat as ConditionalFormatRecord } from '../documentObjects';
import { CODES, fail } from '../errors';
import type { TypeDef } from '../types';
import { bool, colour, nav, oneOf, prop, ro, text, uniform } from './define';
import type { RangeTarget } from './define';

/* Conditional formats (data bars) and data validation (ExcelApi 1.8). */

export const ConditionalFormatCollection: TypeDef = {
  name: 'ConditionalFormatCollection',
  items: {
    type: 'ConditionalFormat',
    list: (r: RangeTarget) =>
      r.sheet.conditionalFormats.filter((f) =>
        f.ranges.some(
          (b) =>
            b.row < r.box.row + r.box.rows &&
            r.box.row < b.row + b.rows &&
            b.col < r.box.col + r.box.cols &&
            r.box.col < b.col + b.cols,
        ),
      ),
    key: (f: FakeConditionalFormat) => f.id,
  },
  methods: {
    add: {
      returns: 'ConditionalFormat',
      run: (r: RangeTarget, [type]: readonly unknown[]) => {
        const kind = oneOf('conditionalFormat', type, 'conditional format type');
        const format = new ConditionalFormatRecord(r.sheet.workbook.newId('cf'), r.sheet, kind, [
          r.box,
        ]);
        r.sheet.conditionalFormats.push(format);
        return format;
      },
    },
  },
};

export const ConditionalFormat: TypeDef = {
  name: 'ConditionalFormat',
  props: {
    type: ro((f: FakeConditionalFormat) => f.type),
    id: ro((f: FakeConditionalFormat) => f.id),
  },
  navs: {
    dataBar: nav<FakeConditionalFormat>('DataBarConditionalFormat', (f) =>
      f.type === 'DataBar' ? f : fail(CODES.invalidArgument, `A ${f.type} format has no data bar`),
    ),
  },
};

function boundRule(v: unknown): { type: string; formula?: string } {
  if (typeof v !== 'object' || v === null)
    return fail(CODES.invalidArgument, 'A bound rule must be an object');
  const { type, formula } = v as { type?: unknown; formula?: unknown };
  const kind = oneOf('boundRule', type, 'bound rule type');
  if (['Number', 'Percent', 'Formula', 'Percentile'].includes(kind)) {
    if (typeof formula !== 'string' || formula === '') {
      fail(CODES.invalidArgument, `A ${kind} bound needs a formula`);
    }
    if (kind === 'Number' && !Number.isFinite(Number(formula.replace(/^=/, '')))) {
      fail(CODES.invalidArgument, `'${formula}' is not a number`);
    }
    return { type: kind, formula };
  }
  return { type: kind };
}

export const DataBarConditionalFormat: TypeDef = {
  name: 'DataBarConditionalFormat',
  props: {
    lowerBoundRule: prop(
      (f: FakeConditionalFormat) => f.dataBar.lowerBoundRule,
      (f: FakeConditionalFormat, v: unknown) => {
        f.dataBar.lowerBoundRule = boundRule(v);
      },
    ),
    upperBoundRule: prop(
      (f: FakeConditionalFormat) => f.dataBar.upperBoundRule,
      (f: FakeConditionalFormat, v: unknown) => {
        f.dataBar.upperBoundRule = boundRule(v);
      },
    ),
  },
  navs: {
    positiveFormat: nav<FakeConditionalFormat>(
      'ConditionalDataBarPositiveFormat',
      (f) => f.dataBar.positiveFormat,
    ),
  },
};

type PositiveFormat = FakeConditionalFormat['dataBar']['positiveFormat'];

export const ConditionalDataBarPositiveFormat: TypeDef = {
  name: 'ConditionalDataBarPositiveFormat',
  props: {
    fillColor: prop(
      (p: PositiveFormat) => p.fillColor,
      (p: PositiveFormat, v: unknown) => {
        p.fillColor = colour(v, 'data bar colour');
      },
    ),
    borderColor: prop(
      (p: PositiveFormat) => p.borderColor,
      (p: PositiveFormat, v: unknown) => {
        p.borderColor = v === '' ? '' : colour(v, 'data bar border colour');
      },
    ),
    gradientFill: prop(
      (p: PositiveFormat) => p.gradientFill,
      (p: PositiveFormat, v: unknown) => {
        p.gradientFill = bool(v, 'gradientFill');
      },
    ),
  },
};

const RULE_TYPES = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'];

function validationRule(v: unknown): ValidationRule {
  if (typeof v !== 'object' || v === null)
    return fail(CODES.invalidArgument, 'A rule must be an object');
  const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !RULE_TYPES.includes(keys[0] ?? '')) {
    fail(CODES.invalidArgument, `A rule has exactly one of ${RULE_TYPES.join(', ')}`);
  }
  const rule = v as ValidationRule;
  if (rule.list !== undefined) {
    const { inCellDropDown, source } = rule.list as { inCellDropDown?: unknown; source?: unknown };
    const list = text(source, 'list source', 8192);
    if (!list.startsWith('=') && list.length > 255) {
      fail(
        CODES.invalidArgument,
        `A list of values is at most 255 characters (got ${list.length})`,
      );
    }
    return { list: { inCellDropDown: inCellDropDown !== false, source: list } };
  }
  return JSON.parse(JSON.stringify(rule)) as ValidationRule;
}

function promptOf(v: unknown): ValidationPrompt {
  if (typeof v !== 'object' || v === null)
    return fail(CODES.invalidArgument, 'A prompt must be an object');
  const { showPrompt, title, message } = v as Record<string, unknown>;
  return {
    showPrompt: bool(showPrompt, 'showPrompt'),
    title: text(title ?? '', 'prompt title', 32),
    message: text(message ?? '', 'prompt message', 255),
  };
}

function alertOf(v: unknown): ValidationAlert {
  if (typeof v !== 'object' || v === null)
    return fail(CODES.invalidArgument, 'An error alert must be an object');
  const { showAlert, style, title, message } = v as Record<string, unknown>;
  return {
    showAlert: bool(showAlert, 'showAlert'),
    style: oneOf('alertStyle', style, 'alert style'),
    title: text(title ?? '', 'alert title', 32),
    message: text(message ?? '', 'alert message', 225),
  };
}

function validationOf(r: RangeTarget, key: 'rule' | 'prompt' | 'errorAlert'): unknown {
  return uniform(r, (row, col) => r.sheet.cellAt(row, col).validation?.[key] ?? null);
}

export const DataValidation: TypeDef = {
  name: 'DataValidation',
  props: {
    rule: prop(
      (r: RangeTarget) => validationOf(r, 'rule'),
      (r: RangeTarget, v: unknown) => {
        const rule = validationRule(v);
        r.sheet.validateCells(r.box, (old) => ({ ...old, rule }));
      },
    ),
    prompt: prop(
      (r: RangeTarget) => validationOf(r, 'prompt'),
      (r: RangeTarget, v: unknown) => {
        const prompt = promptOf(v);
        r.sheet.validateCells(r.box, (old) => ({ ...old, prompt }));
      },
    ),
    errorAlert: prop(
      (r: RangeTarget) => validationOf(r, 'errorAlert'),
      (r: RangeTarget, v: unknown) => {
        const errorAlert = alertOf(v);
        r.sheet.validateCells(r.box, (old) => ({ ...old, errorAlert }));
      },
    ),
    type: ro((r: RangeTarget) => {
      const rule = validationOf(r, 'rule') as ValidationRule | null;
      const key = rule ? Object.keys(rule)[0] : undefined;
      return key ? key.charAt(0).toUpperCase() + key.slice(1) : 'None';
    }),
  },
  methods: {
    clear: {
      run: (r: RangeTarget) =>
        r.sheet.forEachCell(r.box, (row, col) => {
          const cell = r.sheet.cellAt(row, col);
          if (cell.validation) r.sheet.writableCell(row, col).validation = null;
        }),
    },
  },
};
