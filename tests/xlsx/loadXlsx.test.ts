import JSZip from 'jszip';
import { loadXlsx, UnreadableWorkbookError } from '../../src/xlsx/loadXlsx';
import { XlsxHost } from '../../src/xlsx/xlsxHost';
import { exampleXlsx } from '../helpers/xlsx';

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(files)) zip.file(path, text);
  return zip.generateAsync({ type: 'uint8array' });
}

const randomBytes = (n: number): Uint8Array => {
  const bytes = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    bytes[i] = x % 256;
  }
  return bytes;
};

describe('loadXlsx: a file that is not a readable workbook is an UnreadableWorkbookError', () => {
  let valid: Buffer;
  beforeAll(async () => {
    valid = await exampleXlsx();
  });

  it.each<[string, () => Promise<Uint8Array> | Uint8Array]>([
    ['an empty file', () => new Uint8Array()],
    ['three bytes', () => new Uint8Array([0x50, 0x4b, 0x03])],
    ['random bytes', () => randomBytes(4096)],
    ['a CSV file', () => new TextEncoder().encode('Id;Mål\nU1;Flere i job\n')],
    ['a zip that holds no workbook', () => zipOf({ 'hello.txt': 'hej' })],
    ['a zip whose workbook part is not XML', () => zipOf({ 'xl/workbook.xml': '<not xml' })],
    ['a truncated workbook', () => valid.subarray(0, Math.floor(valid.length / 2))],
    [
      'a workbook with damaged bytes in the middle',
      () => {
        const copy = Buffer.from(valid);
        copy.fill(0, 1500, 2500);
        return copy;
      },
    ],
  ])('rejects %s', async (_name, make) => {
    const data = await make();
    const error: unknown = await loadXlsx(data).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect((error as Error).message).toMatch(/^The file is not a readable \.xlsx workbook: /);
    // The setup already spies on the console; spyOn hands back that spy.
    expect(jest.spyOn(console, 'error')).not.toHaveBeenCalled();
    expect(jest.spyOn(console, 'warn')).not.toHaveBeenCalled();
  });

  it('rejects a non-workbook through the host the same way', async () => {
    await expect(new XlsxHost(randomBytes(100)).readInput()).rejects.toBeInstanceOf(
      UnreadableWorkbookError,
    );
  });

  it('loads a real workbook with no generated sheets', async () => {
    const { workbook, generatedSheets } = await loadXlsx(valid);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Plan', 'Opfølgning', 'Indstillinger']);
    expect([...generatedSheets]).toEqual([]);
  });
});
