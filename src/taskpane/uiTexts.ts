import type { LocalText } from '../domain/text/localText';

/** Every text of the task pane, in Danish and English. */
export const UI = {
  appTitle: { da: 'PlanStatus', en: 'PlanStatus' },
  tagline: {
    da: 'Tjek beskæftigelsesplanen og lav status til udvalget.',
    en: 'Check the employment plan and make the committee status.',
  },
  progress: { da: 'Fremdrift', en: 'Progress' },
  checking: { da: 'Ser efter tabellerne …', en: 'Looking for the tables …' },
  lookAgain: { da: 'Se efter tabellerne igen', en: 'Look for the tables again' },
  startHeading: { da: 'Kom i gang', en: 'Get started' },
  startText: {
    da: 'Projektmappen har ikke tabellerne Plan, Opfølgning og Indstillinger endnu. Opret en tom skabelon, eller prøv med det gennemregnede eksempel (Ishøj 2015).',
    en: 'The workbook does not have the tables Plan, Opfolgning and Indstillinger yet. Create an empty template, or try the worked example (Ishøj 2015).',
  },
  missingSome: {
    da: 'Tabellerne mangler delvist: {missing}. Opret skabelon tilføjer dem, der mangler.',
    en: 'Some tables are missing: {missing}. Create template adds the missing ones.',
  },
  createTemplate: { da: 'Opret skabelon', en: 'Create template' },
  insertExample: { da: 'Indsæt eksempel', en: 'Insert example' },
  workHeading: { da: 'Status', en: 'Status' },
  period: { da: 'Rapportperiode', en: 'Report period' },
  periodAuto: { da: 'Fra Indstillinger / seneste', en: 'From settings / latest' },
  periodHint: {
    da: 'Perioderne vises, når du har valideret.',
    en: 'The periods appear once you have validated.',
  },
  validate: { da: 'Validér', en: 'Validate' },
  compute: { da: 'Beregn', en: 'Compute' },
  report: { da: 'Lav statusark', en: 'Make status sheet' },
  busyTemplate: { da: 'Opretter skabelon …', en: 'Creating template …' },
  busyValidate: { da: 'Validerer …', en: 'Validating …' },
  busyCompute: { da: 'Beregner …', en: 'Computing …' },
  busyReport: { da: 'Laver statusark og grafer …', en: 'Making status sheet and charts …' },
  busySettings: { da: 'Gemmer indstillinger …', en: 'Saving settings …' },
  busySelect: { da: 'Går til cellen …', en: 'Going to the cell …' },
  findingsHeading: { da: 'Fund', en: 'Findings' },
  noFindings: {
    da: 'Ingen fejl eller advarsler. Tabellerne er i orden.',
    en: 'No errors or warnings. The tables are in order.',
  },
  errorCount: { da: '{n} fejl', en: '{n} errors' },
  errorCountOne: { da: '1 fejl', en: '1 error' },
  warningCount: { da: '{n} advarsler', en: '{n} warnings' },
  warningCountOne: { da: '1 advarsel', en: '1 warning' },
  filter: { da: 'Vis', en: 'Show' },
  filterAll: { da: 'Alle', en: 'All' },
  filterErrors: { da: 'Fejl', en: 'Errors' },
  filterWarnings: { da: 'Advarsler', en: 'Warnings' },
  error: { da: 'Fejl', en: 'Error' },
  warning: { da: 'Advarsel', en: 'Warning' },
  row: { da: 'datarække', en: 'data row' },
  goToCell: { da: 'Gå til {address}', en: 'Go to {address}' },
  resultsHeading: { da: 'Resultat for {period}', en: 'Results for {period}' },
  resultsSaved: {
    da: 'Resultaterne står på arket {sheet}.',
    en: 'The results are on the sheet {sheet}.',
  },
  reportSaved: {
    da: 'Statusarket og graferne står på arkene {sheets}.',
    en: 'The status sheet and charts are on the sheets {sheets}.',
  },
  validatedFor: { da: 'Valideret for {period}.', en: 'Validated for {period}.' },
  settingsMissing: {
    da: "Tabellen 'Indstillinger' mangler, så standardindstillingerne bruges. Opret skabelon tilføjer den.",
    en: "The table 'Indstillinger' is missing, so the default settings are used. Create template adds it.",
  },
  settingsHeading: { da: 'Indstillinger', en: 'Settings' },
  municipality: { da: 'Kommune', en: 'Municipality' },
  municipalityHint: {
    da: 'Også det område, der tæller som egne tal.',
    en: 'Also the area that counts as own figures.',
  },
  planTitle: { da: 'Plantitel', en: 'Plan title' },
  tolerance: { da: 'Tolerance (%)', en: 'Tolerance (%)' },
  toleranceHint: {
    da: 'Bredden af det gule bånd: hvor langt under det forventede et mål må være og stadig kaldes i risiko.',
    en: 'The width of the yellow band: how far short of expectation a goal may be and still be at risk.',
  },
  toleranceInvalid: { da: 'Skriv et tal fra 0 til 100.', en: 'Enter a number from 0 to 100.' },
  saveSettings: { da: 'Gem indstillinger', en: 'Save settings' },
  settingsSaved: {
    da: 'Indstillingerne er gemt i tabellen Indstillinger.',
    en: 'The settings are saved in the table Indstillinger.',
  },
  settingsNeedValidate: {
    da: 'Validér først, så hentes indstillingerne fra tabellen.',
    en: 'Validate first, so the settings are read from the table.',
  },
  language: { da: 'Sprog', en: 'Language' },
  problemTitle: { da: 'Det lykkedes ikke', en: 'That did not work' },
  retry: { da: 'Prøv igen', en: 'Try again' },
  dismiss: { da: 'Luk', en: 'Close' },
  unexpected: {
    da: 'Noget gik galt i PlanStatus. Prøv igen; sker det igen, så luk og åbn opgaveruden.',
    en: 'Something went wrong in PlanStatus. Try again; if it happens again, close and reopen the task pane.',
  },
} satisfies Record<string, LocalText>;

export type UiKey = keyof typeof UI;
