import { FakeWorkbook, installFakeOffice, PAYLOAD_LIMIT } from './index';

let workbook: FakeWorkbook;
let uninstall: () => void;

beforeEach(() => {
  workbook = new FakeWorkbook(['Ark1']);
  uninstall = installFakeOffice(workbook);
});

afterEach(() => uninstall());

/** A block of text cells of about `bytes` bytes as JSON. */
function block(rows: number, cellText: string): string[][] {
  return Array.from({ length: rows }, () => [cellText]);
}

describe('counting syncs', () => {
  it('records every sync with its run, place, commands and request size', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark1');
      sheet.getRange('A1:A100').values = block(100, 'x'.repeat(100));
      await context.sync();
      sheet.getRange('A1').values = [['y']];
      await context.sync();
      await context.sync();
    });
    const syncs = workbook.syncs;
    expect(syncs.map((s) => [s.run, s.index, s.commands, s.outcome])).toEqual([
      [1, 1, 3, 'ok'],
      [1, 2, 2, 'ok'],
      [1, 3, 0, 'ok'],
    ]);
    const [big, small, empty] = syncs;
    // 100 rows of ["x…x"] (105 bytes each with the comma), plus the request's envelope.
    expect(big?.requestBytes).toBeGreaterThan(100 * 105);
    expect(big?.requestBytes).toBeLessThan(100 * 105 + 1_000);
    expect(small?.requestBytes).toBeLessThan(1_000);
    expect(empty?.requestBytes).toBe(0);
  });

  it('measures the request as UTF-8 bytes', async () => {
    const size = async (cellText: string): Promise<number> => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Ark1').getRange('A1:A10').values = block(10, cellText);
        await context.sync();
      });
      return workbook.syncs.at(-1)?.requestBytes ?? 0;
    };
    expect((await size('ø'.repeat(100))) - (await size('o'.repeat(100)))).toBe(10 * 100);
  });

  it('measures what loads send back', async () => {
    workbook.sheet('Ark1').setValues('A1', block(1_000, 'z'.repeat(50)));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('A1:A1000').load('values');
      await context.sync();
    });
    // Each row is ["zz…z"], and a comma: 55 bytes.
    expect(workbook.syncs.at(-1)?.responseBytes).toBeGreaterThan(1_000 * 55);
    expect(workbook.syncs.at(-1)?.responseBytes).toBeLessThan(1_000 * 55 + 100);
  });

  it('does not count the end of a run with nothing queued as a sync', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('Ny');
      await context.sync();
    });
    expect(workbook.syncs).toHaveLength(1);
  });
});

describe('the request size limit', () => {
  it('rejects a sync over 5 MB with RequestPayloadSizeLimitExceeded, running none of it', async () => {
    const rows = Math.ceil(PAYLOAD_LIMIT / 1_000) + 10;
    const error = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark1');
      sheet.name = 'Omdøbt';
      sheet.getRange(`A1:A${rows}`).values = block(rows, 'x'.repeat(1_000));
      return context.sync().then(
        () => null,
        (e: unknown) => e,
      );
    });
    expect(error).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(workbook.sheetNames()).toEqual(['Ark1']);
    expect(workbook.sheet('Ark1').usedBox(false)).toBeNull();
    const record = workbook.syncs.at(-1);
    expect(record?.outcome).toBe('RequestPayloadSizeLimitExceeded');
    expect(record?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it('accepts the same data split over two syncs', async () => {
    const rows = Math.ceil(PAYLOAD_LIMIT / 1_000) + 10;
    const half = Math.ceil(rows / 2);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark1');
      sheet.getRange(`A1:A${half}`).values = block(half, 'x'.repeat(1_000));
      await context.sync();
      sheet.getRange(`A${half + 1}:A${rows}`).values = block(rows - half, 'x'.repeat(1_000));
      await context.sync();
    });
    expect(workbook.syncs.map((s) => s.outcome)).toEqual(['ok', 'ok']);
    expect(workbook.sheet('Ark1').usedBox(true)).toEqual({ row: 0, col: 0, rows, cols: 1 });
  });
});
