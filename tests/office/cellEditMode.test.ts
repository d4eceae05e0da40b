import { describeHostError, HostProblem } from '../../src/office/hostErrors';
import { FakeOfficeError } from '../fakes/excel';
import type { Excel } from './harness';
import { exampleInExcel, fastRetry, rejectionOf } from './harness';

/*
 * While the user edits a cell, Excel refuses every request. An action retries for a while and
 * then tells the user what to do.
 */

let excel: Excel;
afterEach(() => excel.uninstall());

describe('while a cell is being edited', () => {
  it('retries the action and succeeds when the editing stops within the retry window', async () => {
    const retry = fastRetry(4);
    excel = await exampleInExcel({ retry });
    excel.workbook.simulateCellEditing(3);
    const analysis = await excel.actions.validate(null);
    expect(analysis.results).toHaveLength(24);
    expect(retry.waits).toEqual([500, 500, 500]);
    expect(excel.takeSyncs().map((s) => [s.run, s.index, s.outcome])).toEqual([
      [2, 1, 'InvalidOperationInCellEditMode'],
      [3, 1, 'InvalidOperationInCellEditMode'],
      [4, 1, 'InvalidOperationInCellEditMode'],
      [5, 1, 'ok'],
      [5, 2, 'ok'],
    ]);
  });

  it('writes the report once when a retry succeeds', async () => {
    excel = await exampleInExcel();
    excel.workbook.simulateCellEditing(1);
    const { sheetNames } = await excel.actions.report(null, 'da');
    expect(sheetNames).toEqual(['Status 2015M08', 'Grafer 2015M08']);
    expect(excel.workbook.sheetNames()).toEqual([
      'Ark1',
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Grafer 2015M08',
    ]);
  });

  it('tells the user in Danish to press Enter or Esc when the editing goes on', async () => {
    const retry = fastRetry(4);
    excel = await exampleInExcel({ retry });
    const before = excel.workbook.snapshot();
    excel.workbook.simulateCellEditing(5);
    const error = await rejectionOf(excel.actions.report(null, 'da'));
    expect(error).toBeInstanceOf(HostProblem);
    expect(describeHostError(error)).toEqual({
      da: 'Excel er ved at redigere en celle. Tryk Enter eller Esc i cellen, og prøv igen.',
      en: 'Excel is editing a cell. Press Enter or Esc in the cell, and try again.',
    });
    expect(retry.waits).toEqual([500, 500, 500]);
    expect(excel.workbook.snapshot()).toEqual(before);
  });
});

describe('describeHostError', () => {
  const CODES = [
    'InvalidOperationInCellEditMode',
    'AccessDenied',
    'RequestPayloadSizeLimitExceeded',
    'ItemAlreadyExists',
    'ItemNotFound',
    'InsertDeleteConflict',
    'Conflict',
    'ApiNotFound',
  ];

  it('gives each Office error code its own sentence in Danish and English', () => {
    const texts = CODES.map((code) => describeHostError(new FakeOfficeError(code, 'x')));
    expect(new Set(texts.map((t) => t.da)).size).toBe(CODES.length);
    for (const text of texts) {
      expect(text.da).toMatch(/^[A-ZÆØÅ].*[.?]$/);
      expect(text.en).toMatch(/^[A-Z].*[.?]$/);
    }
    expect(describeHostError(new FakeOfficeError('AccessDenied', 'x')).da).toBe(
      'Excel tillod ikke ændringen. Er projektmappen eller arket beskyttet eller skrivebeskyttet?',
    );
  });

  it('never shows the error message or a stack, and has one sentence for everything else', () => {
    const error = new FakeOfficeError('GeneralException', 'Hemmelig intern detalje');
    const fallback = describeHostError(error);
    for (const other of [new Error('boom'), 'tekst', null, { code: 42 }]) {
      expect(describeHostError(other)).toEqual(fallback);
    }
    const shown = JSON.stringify([fallback, ...CODES.map((c) => describeHostError({ code: c }))]);
    expect(shown).not.toMatch(/Hemmelig|boom|\bat \w+ \(|\.ts:\d+/);
    expect(fallback.da).toBe(
      'Excel kunne ikke udføre handlingen. Prøv igen; sker det igen, så gem projektmappen, genåbn den og prøv en gang til.',
    );
  });

  it('passes a HostProblem through with its own words', () => {
    const problem = new HostProblem({ da: 'Noget bestemt.', en: 'Something specific.' });
    expect(describeHostError(problem)).toEqual({ da: 'Noget bestemt.', en: 'Something specific.' });
  });
});
