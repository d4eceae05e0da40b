import type { LocalText } from '../domain/text/localText';

/** The command line's own texts (help and messages), Danish first. */
export const CLI_TEXT = {
  usage: {
    da: `planstatus – tjek og status på en beskæftigelsesplan i Excel

Brug:
  planstatus evaluate FIL.xlsx [--period P] [--json] [--lang da|en]
  planstatus report FIL.xlsx [--period P] [--out UD.xlsx] [--lang da|en]
  planstatus template UD.xlsx [--example] [--force]

Kommandoer:
  evaluate   tjekker tabellerne og beregner status for hvert mål
  report     skriver en kopi af projektmappen med statusark og grafer
  template   opretter en ny projektmappe med tabellerne Plan, Opfolgning og Indstillinger

Skriv 'planstatus KOMMANDO --help' for detaljer.
`,
    en: `planstatus – checks an employment plan in Excel and computes its status

Usage:
  planstatus evaluate FILE.xlsx [--period P] [--json] [--lang da|en]
  planstatus report FILE.xlsx [--period P] [--out OUT.xlsx] [--lang da|en]
  planstatus template OUT.xlsx [--example] [--force]

Commands:
  evaluate   checks the tables and computes each goal's status
  report     writes a copy of the workbook with a status sheet and charts
  template   creates a new workbook with the tables Plan, Opfolgning and Indstillinger

Run 'planstatus COMMAND --help' for details.
`,
  },
  evaluateHelp: {
    da: `planstatus evaluate FIL.xlsx [--period P] [--json] [--lang da|en]

Læser Plan, Opfolgning og Indstillinger, tjekker dem og beregner status for hvert mål.

  --period P   rapportperiode, fx 2015M08 (standard: Rapportperiode i Indstillinger,
               ellers den seneste periode med egne tal)
  --json       skriv resultatet som JSON på stdout
  --lang da|en sprog for tekster (standard: da)

Afslutningskode: 0 uden fejl, 2 når der er fejl i data, 1 når filen ikke kan læses.
`,
    en: `planstatus evaluate FILE.xlsx [--period P] [--json] [--lang da|en]

Reads Plan, Opfolgning and Indstillinger, checks them and computes each goal's status.

  --period P   report period, e.g. 2015M08 (default: Rapportperiode in Indstillinger,
               else the latest period with own figures)
  --json       print the result as JSON on stdout
  --lang da|en language of texts (default: da)

Exit code: 0 without errors, 2 when the data has errors, 1 when the file cannot be read.
`,
  },
  reportHelp: {
    da: `planstatus report FIL.xlsx [--period P] [--out UD.xlsx] [--lang da|en] [--pdf]

Skriver en kopi af projektmappen med arkene 'Status P' og 'Grafer P'. Inputfilen ændres
aldrig. Et ark, som planstatus har dannet før, erstattes; et ark med samme navn, som du
selv har lavet, beholdes, og det nye ark får et tillæg som ' (2)'.

  --period P   rapportperiode, fx 2015M08
  --out UD     hvor kopien skrives (standard: FIL-status-P.xlsx ved siden af FIL)
  --lang da|en sprog i rapporten (standard: da)
  --pdf        skriv også statusark og grafer som PDF ved siden af UD (kræver LibreOffice)

Afslutningskode: 0 uden fejl, 2 når der er fejl i data (rapporten skrives stadig),
1 når filen ikke kan læses eller skrives.
`,
    en: `planstatus report FILE.xlsx [--period P] [--out OUT.xlsx] [--lang da|en] [--pdf]

Writes a copy of the workbook with the sheets 'Status P' and 'Grafer P'. The input file is
never changed. A sheet planstatus made before is replaced; a sheet of the same name that you
made is kept, and the new sheet gets a suffix such as ' (2)'.

  --period P   report period, e.g. 2015M08
  --out OUT    where the copy is written (default: FILE-status-P.xlsx beside FILE)
  --lang da|en language of the report (default: da)
  --pdf        also write the status and chart sheets as a PDF beside OUT (needs LibreOffice)

Exit code: 0 without errors, 2 when the data has errors (the report is still written),
1 when the file cannot be read or written.
`,
  },
  templateHelp: {
    da: `planstatus template UD.xlsx [--example] [--force]

Opretter en ny projektmappe med tabellerne Plan, Opfolgning og Indstillinger, med
rullelister, hjælpetekster og kolonnebredder.

  --example    udfyld med det gennemregnede eksempel (Ishøj 2015)
  --force      overskriv UD.xlsx, hvis den findes
`,
    en: `planstatus template OUT.xlsx [--example] [--force]

Creates a new workbook with the tables Plan, Opfolgning and Indstillinger, with dropdown
lists, input help and column widths.

  --example    fill in the worked example (Ishøj 2015)
  --force      overwrite OUT.xlsx if it exists
`,
  },
  unexpected: { da: 'uventet fejl ({detail})', en: 'unexpected error ({detail})' },
  unknownCommand: { da: "Ukendt kommando '{command}'.", en: "Unknown command '{command}'." },
  badArguments: { da: 'Ugyldige argumenter: {detail}', en: 'Invalid arguments: {detail}' },
  missingFile: { da: 'Angiv en .xlsx-fil.', en: 'Give an .xlsx file.' },
  badPeriod: {
    da: "Perioden '{period}' kan ikke læses. Skriv fx 2015M08 eller 2015K2.",
    en: "The period '{period}' cannot be read. Write e.g. 2015M08 or 2015K2.",
  },
  badLanguage: {
    da: "Sproget skal være 'da' eller 'en'.",
    en: "The language must be 'da' or 'en'.",
  },
  cannotRead: { da: "Kan ikke læse '{file}': {reason}", en: "Cannot read '{file}': {reason}" },
  cannotWrite: { da: "Kan ikke skrive '{file}': {reason}", en: "Cannot write '{file}': {reason}" },
  notXlsx: { da: 'filen er ikke en .xlsx-projektmappe', en: 'the file is not an .xlsx workbook' },
  exists: {
    da: "'{file}' findes allerede. Brug --force for at overskrive den.",
    en: "'{file}' already exists. Use --force to overwrite it.",
  },
  sameFile: {
    da: 'Rapporten skrives aldrig oven i inputfilen. Vælg et andet navn med --out.',
    en: 'The report is never written over the input file. Choose another name with --out.',
  },
  reading: { da: "Læser '{file}' …", en: "Reading '{file}' …" },
  computing: {
    da: 'Beregner {goals} mål med {observations} opfølgningstal …',
    en: 'Computing {goals} goals with {observations} figures …',
  },
  writing: { da: "Skriver '{file}' …", en: "Writing '{file}' …" },
  wroteReport: {
    da: "Skrev '{file}' med arkene {sheets}.",
    en: "Wrote '{file}' with the sheets {sheets}.",
  },
  wrotePdf: { da: "Skrev '{file}'.", en: "Wrote '{file}'." },
  noLibreOffice: {
    da: 'LibreOffice (soffice) findes ikke på maskinen, så der kan ikke laves PDF. Regnearket er skrevet.',
    en: 'LibreOffice (soffice) is not installed, so no PDF can be made. The workbook was written.',
  },
  wroteTemplate: { da: "Skrev skabelonen '{file}'.", en: "Wrote the template '{file}'." },
  findings: {
    da: 'Fund: {errors} fejl og {warnings} advarsler',
    en: 'Findings: {errors} errors and {warnings} warnings',
  },
  error: { da: 'Fejl', en: 'Error' },
  warning: { da: 'Advarsel', en: 'Warning' },
  row: { da: 'datarække', en: 'data row' },
} satisfies Record<string, LocalText>;
