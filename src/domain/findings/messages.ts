import { formatNumber } from '../text/formatNumber';
import type { LocalText } from '../text/localText';
import type { Severity } from './finding';

const n = (value: number): LocalText => ({
  da: formatNumber(value, 'da', 3),
  en: formatNumber(value, 'en', 3),
});

/** What a cell was expected to hold, for messages about unreadable cells. */
export type Expected = 'number' | 'period' | 'text';

const EXPECTED: Record<Expected, LocalText> = {
  number: { da: 'et tal', en: 'a number' },
  period: { da: 'en periode', en: 'a period' },
  text: { da: 'en tekst', en: 'a text' },
};

const PERIOD_HELP: LocalText = {
  da: 'Skriv fx 2015, 2015H1, 2015K3, 2015M07, juli 2015 eller jan-jul 2015.',
  en: 'Write e.g. 2015, 2015H1, 2015K3, 2015M07, juli 2015 or jan-jul 2015.',
};

interface Entry<P> {
  readonly severity: Severity;
  readonly text: (params: P) => LocalText;
}

const entry = <P>(severity: Severity, text: (params: P) => LocalText): Entry<P> => ({
  severity,
  text,
});

/**
 * Every finding the domain can report: its stable code, its severity and its text in both
 * languages. Codes never change once released; texts may be improved.
 */
export const MESSAGES = {
  TABLE_MISSING: entry<{ table: string }>('error', ({ table }) => ({
    da: `Tabellen '${table}' findes ikke. Opret den med skabelonen, eller giv en tabel navnet '${table}'.`,
    en: `The table '${table}' was not found. Create it from the template, or name a table '${table}'.`,
  })),
  SETTINGS_MISSING: entry<Record<string, never>>('warning', () => ({
    da: "Tabellen 'Indstillinger' findes ikke; standardindstillingerne bruges (tolerance 25 %).",
    en: "The table 'Indstillinger' was not found; the default settings are used (tolerance 25 %).",
  })),
  TABLE_MISSING_COLUMN: entry<{ table: string; column: string; alias: string }>(
    'error',
    ({ table, column, alias }) => ({
      da: `Tabellen '${table}' mangler kolonnen '${column}'.`,
      en: `The table '${table}' has no column '${column}' (or '${alias}').`,
    }),
  ),
  TABLE_DUPLICATE_COLUMN: entry<{ column: string }>('warning', ({ column }) => ({
    da: `Kolonnen '${column}' står to gange; kun den første bruges.`,
    en: `The column '${column}' appears twice; only the first is used.`,
  })),
  PLAN_NO_GOALS: entry<Record<string, never>>('warning', () => ({
    da: "Tabellen 'Plan' har ingen mål.",
    en: "The table 'Plan' has no goals.",
  })),
  CELL_ERROR_VALUE: entry<{ shown: string; expected: Expected }>(
    'error',
    ({ shown, expected }) => ({
      da: `Cellen indeholder fejlværdien ${shown}; her skal stå ${EXPECTED[expected].da}.`,
      en: `The cell holds the error value ${shown}; it should hold ${EXPECTED[expected].en}.`,
    }),
  ),
  CELL_BOOLEAN: entry<{ value: boolean; expected: Expected }>('error', ({ value, expected }) => ({
    da: `Cellen indeholder sandhedsværdien ${value ? 'SAND' : 'FALSK'}; her skal stå ${EXPECTED[expected].da}.`,
    en: `The cell holds the logical value ${value ? 'TRUE' : 'FALSE'}; it should hold ${EXPECTED[expected].en}.`,
  })),
  CELL_EMPTY_TEXT: entry<{ expected: Expected }>('error', ({ expected }) => ({
    da: `Cellen indeholder tom tekst eller kun mellemrum; her skal stå ${EXPECTED[expected].da} eller intet.`,
    en: `The cell holds empty text or only spaces; it should hold ${EXPECTED[expected].en} or nothing.`,
  })),
  CELL_NOT_A_NUMBER: entry<{ shown: string }>('error', ({ shown }) => ({
    da: `'${shown}' er ikke et tal.`,
    en: `'${shown}' is not a number.`,
  })),
  CELL_NUMBER_AS_TEXT: entry<{ shown: string; value: number; english: boolean }>(
    'warning',
    ({ shown, value, english }) => ({
      da: `Tal gemt som tekst: '${shown}' læses som ${n(value).da}${english ? ' (engelsk talformat)' : ''}.`,
      en: `Number stored as text: '${shown}' is read as ${n(value).en}${english ? ' (English number format)' : ''}.`,
    }),
  ),
  PERIOD_UNREADABLE: entry<{ shown: string }>('error', ({ shown }) => ({
    da: `Perioden '${shown}' kan ikke læses. ${PERIOD_HELP.da}`,
    en: `The period '${shown}' cannot be read. ${PERIOD_HELP.en}`,
  })),
  PERIOD_END_BEFORE_START: entry<{ shown: string }>('error', ({ shown }) => ({
    da: `Perioden '${shown}' slutter før den begynder.`,
    en: `The period '${shown}' ends before it starts.`,
  })),
  REQUIRED_VALUE_MISSING: entry<{ column: string; because: LocalText | null }>(
    'error',
    ({ column, because }) => ({
      da: `'${column}' mangler${because ? ` – ${because.da}` : ''}.`,
      en: `'${column}' is missing${because ? ` – ${because.en}` : ''}.`,
    }),
  ),
  UNKNOWN_VALUE: entry<{ column: string; shown: string; allowed: LocalText }>(
    'error',
    ({ column, shown, allowed }) => ({
      da: `'${shown}' er ikke en gyldig værdi i '${column}'. Brug ${allowed.da}.`,
      en: `'${shown}' is not a valid value for '${column}'. Use ${allowed.en}.`,
    }),
  ),
  PLAN_DUPLICATE_ID: entry<{ id: string; firstRow: number }>('error', ({ id, firstRow }) => ({
    da: `Id '${id}' er brugt før (række ${firstRow}). Hvert mål skal have sit eget Id.`,
    en: `Id '${id}' is already used (row ${firstRow}). Every goal needs its own Id.`,
  })),
  PLAN_UNKNOWN_PARENT: entry<{ parent: string }>('error', ({ parent }) => ({
    da: `Overordnet mål '${parent}' findes ikke i planen.`,
    en: `The parent goal '${parent}' is not in the plan.`,
  })),
  PLAN_PARENT_CYCLE: entry<{ ids: string[] }>('error', ({ ids }) => ({
    da: `Målene ${ids.join(' → ')} danner en ring af overordnede mål.`,
    en: `The goals ${ids.join(' → ')} are each other's parents in a cycle.`,
  })),
  PLAN_BASELINE_EQUALS_TARGET: entry<{ baseline: number; target: number }>(
    'error',
    ({ baseline, target }) => ({
      da: `Baseline ${n(baseline).da} og mål ${n(target).da} er ens, så fremdriften kan ikke måles.`,
      en: `Baseline ${n(baseline).en} and target ${n(target).en} are equal, so progress cannot be measured.`,
    }),
  ),
  PLAN_BASELINE_WRONG_SIDE: entry<{ baseline: number; target: number; type: LocalText }>(
    'error',
    ({ baseline, target, type }) => {
      const rise = target > baseline;
      return {
        da: `Baseline ${n(baseline).da} og mål ${n(target).da} er en ${rise ? 'stigning' : 'reduktion'}, men måltypen er '${type.da}'.`,
        en: `Baseline ${n(baseline).en} and target ${n(target).en} make ${rise ? 'a rise' : 'a fall'}, but the target type is '${type.en}'.`,
      };
    },
  ),
  PLAN_BASELINE_NOT_POSITIVE: entry<{ baseline: number; type: LocalText }>(
    'error',
    ({ baseline, type }) => ({
      da: `Måltypen '${type.da}' kræver en baseline over 0; den er ${n(baseline).da}.`,
      en: `The target type '${type.en}' needs a baseline above 0; it is ${n(baseline).en}.`,
    }),
  ),
  PLAN_PERCENT_OUT_OF_RANGE: entry<{ target: number; type: LocalText; range: LocalText }>(
    'error',
    ({ target, type, range }) => ({
      da: `Målværdien ${n(target).da} passer ikke til '${type.da}': procenten skal være ${range.da}.`,
      en: `The target ${n(target).en} does not fit '${type.en}': the percentage must be ${range.en}.`,
    }),
  ),
  PLAN_DIRECTION_CONFLICT: entry<{ direction: LocalText; type: LocalText }>(
    'error',
    ({ direction, type }) => ({
      da: `Retningen '${direction.da}' passer ikke til måltypen '${type.da}'.`,
      en: `The direction '${direction.en}' contradicts the target type '${type.en}'.`,
    }),
  ),
  PLAN_TARGET_BEFORE_BASELINE: entry<{ target: LocalText; baseline: LocalText }>(
    'error',
    ({ target, baseline }) => ({
      da: `Målperioden (${target.da}) slutter før baselineperioden (${baseline.da}).`,
      en: `The target period (${target.en}) ends before the baseline period (${baseline.en}).`,
    }),
  ),
  PLAN_END_VALUE_MISMATCH: entry<{
    endValue: number;
    computed: number;
    baseline: number;
    percent: number;
    rise: boolean;
  }>('warning', ({ endValue, computed, baseline, percent, rise }) => ({
    da: `Slutværdien ${n(endValue).da} passer ikke til målet: ${n(percent).da} % ${rise ? 'mere' : 'mindre'} end ${n(baseline).da} er ${n(computed).da}. Beregningen bruger ${n(computed).da}.`,
    en: `The end value ${n(endValue).en} does not match the target: ${n(percent).en} % ${rise ? 'more' : 'less'} than ${n(baseline).en} is ${n(computed).en}. The computation uses ${n(computed).en}.`,
  })),
  PLAN_MIXED_PERCENT_SCALE: entry<{ target: number }>('warning', ({ target }) => ({
    da: `Målet er ${n(target).da} procent, men opfølgningstallene står på en anden skala (brøk mod procent). Skriv fx 37 eller 37 % i stedet for 0,37 – eller omvendt.`,
    en: `The target is ${n(target).en} percent, but the follow-up figures use another scale (fraction vs percent). Write e.g. 37 or 37 % instead of 0.37 – or the reverse.`,
  })),
  OBS_UNKNOWN_GOAL: entry<{ id: string }>('error', ({ id }) => ({
    da: `MålId '${id}' findes ikke i 'Plan'; rækken springes over.`,
    en: `Goal id '${id}' is not in 'Plan'; the row is skipped.`,
  })),
  OBS_DUPLICATE: entry<{ id: string; period: string; firstRow: number }>(
    'error',
    ({ id, period, firstRow }) => ({
      da: `Mål '${id}' har allerede et tal for ${period} og samme område (række ${firstRow}); rækken springes over.`,
      en: `Goal '${id}' already has a figure for ${period} and the same area (row ${firstRow}); the row is skipped.`,
    }),
  ),
  OBS_VALUE_MISSING: entry<{ id: string }>('error', ({ id }) => ({
    da: `Værdi mangler for mål '${id}'; rækken springes over.`,
    en: `The value for goal '${id}' is missing; the row is skipped.`,
  })),
  OBS_MILESTONE_STATUS_MISSING: entry<{ id: string; hasValue: boolean }>(
    'error',
    ({ id, hasValue }) => ({
      da: `Mål '${id}' er en milepæl${hasValue ? ' og har en værdi, men' : ', men rækken'} mangler Milepælsstatus; rækken springes over.`,
      en: `Goal '${id}' is a milestone${hasValue ? ' and has a value, but' : ', but the row'} has no milestone status; the row is skipped.`,
    }),
  ),
  OBS_NEGATIVE_COUNT: entry<{ value: number; unit: LocalText }>('warning', ({ value, unit }) => ({
    da: `Værdien ${n(value).da} er under 0, men enheden er '${unit.da}'.`,
    en: `The value ${n(value).en} is below 0, but the unit is '${unit.en}'.`,
  })),
  OBS_PERCENT_OVER_100: entry<{ value: number }>('warning', ({ value }) => ({
    da: `Værdien ${n(value).da} er over 100, men enheden er 'procent'.`,
    en: `The value ${n(value).en} is above 100, but the unit is 'percent'.`,
  })),
  OBS_OVERLAPPING_PERIODS: entry<{ id: string; first: string; second: string }>(
    'error',
    ({ id, first, second }) => ({
      da: `Mål '${id}' opgøres akkumuleret, men perioderne ${first} og ${second} overlapper, så tallene kan ikke lægges sammen.`,
      en: `Goal '${id}' is cumulative, but the periods ${first} and ${second} overlap, so the figures cannot be added.`,
    }),
  ),
  SETTINGS_UNKNOWN_KEY: entry<{ key: string }>('warning', ({ key }) => ({
    da: `Indstillingen '${key}' kendes ikke og ignoreres. Brug Kommune, Plantitel, Tolerance eller Rapportperiode.`,
    en: `The setting '${key}' is unknown and ignored. Use Kommune, Plantitel, Tolerance or Rapportperiode.`,
  })),
  SETTINGS_DUPLICATE_KEY: entry<{ key: string }>('warning', ({ key }) => ({
    da: `Indstillingen '${key}' står flere gange; den første bruges.`,
    en: `The setting '${key}' appears more than once; the first is used.`,
  })),
  SETTINGS_BAD_TOLERANCE: entry<{ shown: string }>('warning', ({ shown }) => ({
    da: `Tolerancen '${shown}' skal være en brøk fra 0 til 1 eller en procent (fx 0,25 eller 25 %); 25 % bruges.`,
    en: `The tolerance '${shown}' must be a fraction from 0 to 1 or a percentage (e.g. 0.25 or 25 %); 25 % is used.`,
  })),
} as const;

export type FindingCode = keyof typeof MESSAGES;

/** The parameters a code's message takes. */
export type MessageParams<C extends FindingCode> = Parameters<(typeof MESSAGES)[C]['text']>[0];
