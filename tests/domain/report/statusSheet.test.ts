import { analyzeWorkbook } from '../../../src/domain/analyzeWorkbook';
import { buildReport } from '../../../src/domain/report/buildReport';
import type { SheetSpec } from '../../../src/domain/report/sheetSpec';
import { exampleWorkbook, TODAY } from '../../helpers/fixtures';
import { golden } from '../../helpers/golden';
import {
  cellsOf,
  compactGrid,
  formatAt,
  inside,
  rowStartingWith,
  styleAt,
  valueAt,
} from '../../helpers/sheetSpec';

const analysis = analyzeWorkbook(exampleWorkbook(), { today: TODAY });
const report = buildReport({ analysis, language: 'da', today: TODAY });
const sheet = report.status;
const english = buildReport({ analysis, language: 'en', today: TODAY }).status;

/** The goal Ids of the table rows, in sheet order. */
const goalRowIds = (spec: SheetSpec): string[] =>
  spec.values
    .map((row) => row[0])
    .filter((v): v is string => typeof v === 'string' && /^[A-Z]+\d+: /.test(v))
    .map((v) => v.slice(0, v.indexOf(':')));

const COL = {
  goal: 0,
  baseline: 1,
  target: 2,
  latest: 3,
  expected: 4,
  attainment: 5,
  status: 6,
  comment: 7,
};

describe('status sheet of the worked example (Danish)', () => {
  it('matches the committed golden grid cell for cell, values and number formats', () => {
    const actual = compactGrid(sheet);
    expect(actual).toEqual(golden('status-2015M08-da.json', actual));
  });

  it('is a full rectangle of eight columns with a number format for every cell', () => {
    expect(sheet.values.length).toBe(49);
    for (const [r, row] of sheet.values.entries()) {
      expect(row).toHaveLength(8);
      expect(sheet.numberFormats[r]).toHaveLength(8);
    }
    expect(sheet.rowHeights).toHaveLength(sheet.values.length);
    expect(sheet.columnWidths).toHaveLength(8);
  });

  it("is named 'Status 2015M08' with role status, made for 2015M08", () => {
    expect(sheet.name).toBe('Status 2015M08');
    expect(sheet.role).toBe('status');
    expect(sheet.reportPeriod).toBe('2015M08');
  });

  it('starts with the title "Status på mål – {Plantitel}" merged across the table', () => {
    expect(valueAt(sheet, 0, 0)).toBe('Status på mål – Aktiveringsstrategi 2015');
    expect(sheet.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 8 });
    expect(styleAt(sheet, 0, 0)).toMatchObject({ bold: true, fontSize: 16 });
  });

  it('has the subtitle "{Kommune} · opfølgning {label of R} · dannet {today}"', () => {
    expect(valueAt(sheet, 1, 0)).toBe('Ishøj · opfølgning august 2015 · dannet 15. september 2015');
  });

  it('gives a count per status that occurs, best first, as one line', () => {
    expect(valueAt(sheet, 2, 0)).toBe(
      '✔ 6 opfyldt · ▲ 4 på rette vej · ● 1 i risiko · ▼ 4 ikke på rette vej · ○ 1 ikke startet · – 8 ingen data',
    );
  });

  it('has the header row Mål | Baseline | Målværdi | Seneste | Forventet nu | Målopfyldelse | Status | Kommentar', () => {
    expect(sheet.values[4]).toEqual([
      'Mål',
      'Baseline',
      'Målværdi',
      'Seneste',
      'Forventet nu',
      'Målopfyldelse',
      'Status',
      'Kommentar',
    ]);
    expect(styleAt(sheet, 4, 0)).toMatchObject({ bold: true, fill: '#1F4E79' });
  });

  it('groups the goals under a header row per theme, in plan order', () => {
    const themes = [
      'Flere unge skal have en uddannelse',
      'Langtidsledigheden skal bekæmpes',
      'Langvarige modtagere af offentlig forsørgelse skal have en sammenhængende indsats',
      'En tættere og styrket dialog med virksomhederne',
    ];
    const rows = themes.map((t) => rowStartingWith(sheet, t));
    expect(rows).toEqual([5, 12, 18, 27]);
    for (const row of rows) {
      expect(sheet.merges).toContainEqual({ row, col: 0, rows: 1, cols: 8 });
      expect(styleAt(sheet, row, 0)).toMatchObject({ bold: true, fill: '#DDEBF7' });
    }
  });

  it('lists every goal once, each indsatsmål right after its resultatmål', () => {
    expect(goalRowIds(sheet)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'L1',
      'L2',
      'L3',
      'L4',
      'L5',
      'S1',
      'S3',
      'S2',
      'LY1',
      'LY2',
      'LY3',
      'LY4',
      'LY5',
      'V1',
      'V2',
      'V3',
      'V4',
      'V5',
    ]);
  });

  it('indents indsatsmål under their resultatmål and sets resultatmål in bold', () => {
    const u2 = rowStartingWith(sheet, 'U2:');
    const u3 = rowStartingWith(sheet, 'U3:');
    expect(styleAt(sheet, u2, COL.goal)).toMatchObject({ indent: 0, bold: true, wrap: true });
    expect(styleAt(sheet, u3, COL.goal)).toMatchObject({ indent: 2, bold: false, wrap: true });
    const s3 = rowStartingWith(sheet, 'S3:');
    expect(styleAt(sheet, s3, COL.goal).indent).toBe(2);
    expect(styleAt(sheet, rowStartingWith(sheet, 'S2:'), COL.goal).indent).toBe(0);
  });

  it('wraps the text of Mål and Kommentar', () => {
    const u3 = rowStartingWith(sheet, 'U3:');
    expect(styleAt(sheet, u3, COL.goal).wrap).toBe(true);
    expect(styleAt(sheet, u3, COL.comment).wrap).toBe(true);
  });

  describe('U3 (Minimum 60 %, 37 % in August): every cell of its row', () => {
    const row = rowStartingWith(sheet, 'U3:');

    it('shows the goal as "Id: text" in text format', () => {
      expect(valueAt(sheet, row, COL.goal)).toBe(
        'U3: 60 procent af de unge, der har afsluttet brobygningsforløbets første fase, er to måneder senere ude af offentlig forsørgelse',
      );
      expect(formatAt(sheet, row, COL.goal)).toBe('@');
    });

    it('has no baseline for a Minimum goal', () => {
      expect(valueAt(sheet, row, COL.baseline)).toBeNull();
    });

    it('keeps the target a number with unit and deadline in its format', () => {
      expect(valueAt(sheet, row, COL.target)).toBe(60);
      expect(formatAt(sheet, row, COL.target)).toBe('0.0" % (2015)"');
    });

    it('shows Seneste as the number 37 with " %" and "(aug. 2015)" in its format', () => {
      expect(valueAt(sheet, row, COL.latest)).toBe(37);
      const format = formatAt(sheet, row, COL.latest);
      expect(format).toMatch(/^0\.0" %/);
      expect(format).toContain('(aug. 2015)');
      expect(format).toMatch(/^0\.0/);
    });

    it('shows Forventet nu 60 with one decimal and the percent sign', () => {
      expect(valueAt(sheet, row, COL.expected)).toBe(60);
      expect(formatAt(sheet, row, COL.expected)).toBe('0.0" %"');
    });

    it('holds the attainment as the fraction 37/60 formatted 0 %', () => {
      expect(valueAt(sheet, row, COL.attainment)).toBeCloseTo(37 / 60, 12);
      expect(formatAt(sheet, row, COL.attainment)).toBe('0 %');
    });

    it('shows the status as symbol and label "▼ Ikke på rette vej" on a red fill', () => {
      expect(valueAt(sheet, row, COL.status)).toBe('▼ Ikke på rette vej');
      expect(styleAt(sheet, row, COL.status)).toMatchObject({
        fill: '#FFC7CE',
        fontColor: '#9C0006',
        bold: true,
      });
    });

    it("shows the observation's comment", () => {
      expect(valueAt(sheet, row, COL.comment)).toBe(
        'Aktuelt har 8 afsluttet brobygningsforløbet, 2 er startet i uddannelse og 1 er gået i job. 4 er fortsat i gang.',
      );
    });
  });

  it.each([
    ['U1:', '– Ingen data', '#EDEDED'],
    ['L2:', '▲ På rette vej', '#C6EFCE'],
    ['L3:', '✔ Opfyldt', '#C6EFCE'],
    ['L4:', '○ Ikke startet', '#EDEDED'],
    ['V5:', '● I risiko', '#FFEB9C'],
  ])('colours the status cell of %s "%s" with fill %s', (prefix, label, fill) => {
    const row = rowStartingWith(sheet, prefix);
    expect(valueAt(sheet, row, COL.status)).toBe(label);
    expect(styleAt(sheet, row, COL.status).fill).toBe(fill);
  });

  it('writes a progress goal baseline and target with their periods (U1: 444 (2013) → 411 personer (dec. 2015))', () => {
    const row = rowStartingWith(sheet, 'U1:');
    expect([valueAt(sheet, row, 1), formatAt(sheet, row, 1)]).toEqual([444, '#,##0" (2013)"']);
    expect([valueAt(sheet, row, 2), formatAt(sheet, row, 2)]).toEqual([
      411,
      '#,##0" personer (dec. 2015)"',
    ]);
  });

  it('shows the deadline and the latest milestone status as text for a milestone (L3)', () => {
    const row = rowStartingWith(sheet, 'L3:');
    expect(valueAt(sheet, row, COL.target)).toBe('Frist jun. 2015');
    expect(valueAt(sheet, row, COL.latest)).toBe('Gennemført (aug. 2015)');
    expect(valueAt(sheet, row, COL.attainment)).toBeNull();
  });

  it('uses a decimal only where the value needs one (U5 expected 8,75 → #,##0.0; V4 expected 2 → #,##0)', () => {
    expect(formatAt(sheet, rowStartingWith(sheet, 'U5:'), COL.expected)).toBe('#,##0.0');
    expect(formatAt(sheet, rowStartingWith(sheet, 'V4:'), COL.expected)).toBe('#,##0');
  });

  it('writes every text cell with the text format @ and never a number as text', () => {
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === 'string') expect(formatAt(sheet, r, c)).toBe('@');
        if (typeof value === 'number') expect(formatAt(sheet, r, c)).not.toBe('@');
      }),
    );
  });

  it('has a legend with each status symbol, label and rule, and τ = 25 %', () => {
    const legend = rowStartingWith(sheet, 'Forklaring');
    const labels = sheet.values.slice(legend + 1, legend + 10).map((row) => row[0]);
    expect(labels).toEqual([
      '✔ Opfyldt',
      '▲ På rette vej',
      '● I risiko',
      '◐ Delvist opfyldt',
      '▼ Ikke på rette vej',
      '✖ Ikke opfyldt',
      '○ Ikke startet',
      '– Ingen data',
      '! Fejl i data',
    ]);
    for (let r = legend + 1; r <= legend + 9; r++) {
      expect(typeof valueAt(sheet, r, 1)).toBe('string');
      expect(sheet.merges).toContainEqual({ row: r, col: 1, rows: 1, cols: 7 });
    }
    expect(styleAt(sheet, legend + 1, 0).fill).toBe('#C6EFCE');
    expect(styleAt(sheet, legend + 5, 0).fill).toBe('#FFC7CE');
    expect(valueAt(sheet, legend + 10, 0)).toBe(
      'Tolerance τ = 25 %: gul betyder op til 25 % under det forventede (over det forventede for mål, hvor lavere er bedre).',
    );
  });

  it('ends with the notes on the data, quoting the L1 warning with its place', () => {
    const notes = rowStartingWith(sheet, 'Bemærkninger til data');
    expect(notes).toBe(sheet.values.length - 2);
    expect(valueAt(sheet, notes + 1, 0)).toBe('Advarsel · Plan, datarække 7, Plan!O8');
    expect(valueAt(sheet, notes + 1, 1)).toBe(
      'Slutværdien 388 passer ikke til målet: 15 % mindre end 438 er 372,3. Beregningen bruger 372,3.',
    );
  });

  it('freezes the rows down to the header row and repeats the header row on each page', () => {
    expect(sheet.freezeRows).toBe(5);
    expect(sheet.page.repeatRows).toEqual({ first: 4, last: 4 });
  });

  it('prints A4 landscape, one page wide, footer "Side &P af &N"', () => {
    expect(sheet.page).toMatchObject({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      footer: { left: 'Aktiveringsstrategi 2015', center: 'Side &P af &N', right: '' },
    });
  });

  it('has a print area that covers exactly the used range', () => {
    expect(sheet.page.printArea).toEqual({ row: 0, col: 0, rows: sheet.values.length, cols: 8 });
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) expect(inside({ row: r, col: c }, sheet.page.printArea)).toBe(true);
      }),
    );
  });

  it('puts data bars from 0 to 1 on the attainment cells that hold a number, and nowhere else', () => {
    expect(sheet.conditionalFormats).toHaveLength(1);
    const [bars] = sheet.conditionalFormats;
    expect(bars).toMatchObject({ kind: 'dataBar', min: 0, max: 1 });
    const barCells = (bars?.ranges ?? []).flatMap(cellsOf);
    expect(barCells.every((c) => c.col === COL.attainment)).toBe(true);
    const numericAttainment = sheet.values
      .map((row, r) => ({ r, v: row[COL.attainment] }))
      .filter(({ r, v }) => typeof v === 'number' && r > 4)
      .map(({ r }) => r);
    expect(barCells.map((c) => c.row)).toEqual(numericAttainment);
    const idOf = (r: number): string => String(valueAt(sheet, r, COL.goal)).split(':')[0] ?? '';
    expect(numericAttainment.map(idOf)).toEqual([
      'U3',
      'U4',
      'U5',
      'L2',
      'L5',
      'S3',
      'LY2',
      'LY3',
      'LY4',
      'LY5',
      'V2',
      'V3',
      'V4',
    ]);
  });
});

describe('status sheet of the worked example in English', () => {
  it('matches the committed golden grid cell for cell', () => {
    const actual = compactGrid(english);
    expect(actual).toEqual(golden('status-2015M08-en.json', actual));
  });

  it('has the English title, subtitle and header, and keeps the sheet name', () => {
    expect(valueAt(english, 0, 0)).toBe('Goal status – Aktiveringsstrategi 2015');
    expect(valueAt(english, 1, 0)).toBe(
      'Ishøj · follow-up August 2015 · generated 15 September 2015',
    );
    expect(english.values[4]).toEqual([
      'Goal',
      'Baseline',
      'Target',
      'Latest',
      'Expected now',
      'Attainment',
      'Status',
      'Comment',
    ]);
    expect(english.name).toBe('Status 2015M08');
  });

  it('uses English status labels and the footer "Page &P of &N"', () => {
    expect(valueAt(english, rowStartingWith(english, 'U3:'), COL.status)).toBe('▼ Off track');
    expect(valueAt(english, rowStartingWith(english, 'L2:'), COL.status)).toBe('▲ On track');
    expect(english.page.footer.center).toBe('Page &P of &N');
    expect(valueAt(english, rowStartingWith(english, 'Legend'), 0)).toBe('Legend');
  });

  it('has the same layout as the Danish sheet: rows, merges, styles, data bars', () => {
    expect(english.values.length).toBe(sheet.values.length);
    expect(english.merges).toEqual(sheet.merges);
    expect(english.styles).toEqual(sheet.styles);
    expect(english.conditionalFormats).toEqual(sheet.conditionalFormats);
  });
});
