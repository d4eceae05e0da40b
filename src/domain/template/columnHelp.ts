/** The input message of each template column (Excel allows a 32-character title, 255-character text). */
export const COLUMN_HELP: Partial<Record<string, { title: string; text: string }>> = {
  id: { title: 'Id', text: 'Kort, entydig nøgle for målet, fx U1 eller L2. Bruges i Opfølgning.' },
  theme: {
    title: 'Tema',
    text: 'Ministermål eller fokusområde, som målet hører under. Tom: Øvrige mål.',
  },
  level: { title: 'Niveau', text: 'Resultatmål eller Indsatsmål. Tom: Resultatmål.' },
  parent: { title: 'Overordnet', text: 'Id på det resultatmål, som indsatsmålet understøtter.' },
  targetGroup: { title: 'Målgruppe', text: 'Fx "Unge under 30 år".' },
  text: { title: 'Mål', text: 'Målet, som udvalget læser det.' },
  indicator: { title: 'Indikator', text: 'Hvad der måles.' },
  unit: {
    title: 'Enhed',
    text: 'antal, personer, helårspersoner, fuldtidspersoner, forløb, procent, procentpoint eller kr. Ikke for milepæle.',
  },
  targetType: {
    title: 'Måltype',
    text: 'Reduktion til, Stigning til, Reduktion pct, Stigning pct, Minimum, Maksimum, Fasthold, Benchmark, Retning eller Milepæl.',
  },
  direction: {
    title: 'Retning',
    text: 'Højere er bedre eller Lavere er bedre. Kræves for Fasthold, Benchmark og Retning.',
  },
  baseline: { title: 'Baseline', text: 'Udgangsniveauet, et tal. Kræver en baselineperiode.' },
  baselinePeriod: {
    title: 'Baselineperiode',
    text: 'Fx 2013, 2014K4, dec. 2014 eller ultimo 2014.',
  },
  target: {
    title: 'Målværdi',
    text: 'Målet som tal. For Reduktion pct og Stigning pct: procenten.',
  },
  targetPeriod: {
    title: 'Målperiode',
    text: 'Hvornår målet skal være nået, fx 2015, dec. 2015 eller juni 2015 (frist for milepæle).',
  },
  endValue: {
    title: 'Slutværdi',
    text: 'Valgfri: slutværdien, som planens tekst nævner. Tjekkes mod procentmål.',
  },
  measure: {
    title: 'Opgørelse',
    text: 'Niveau (status på et tidspunkt) eller Akkumuleret (hændelser talt fra målperiodens start).',
  },
  benchmarkArea: {
    title: 'Sammenligning',
    text: 'Område at sammenligne med, fx Hele landet. Kræves for Benchmark.',
  },
  source: { title: 'Kilde', text: 'Fx en tabel på jobindsats.dk.' },
  owner: { title: 'Ansvarlig', text: 'Team eller person.' },
  goalId: { title: 'MålId', text: 'Id på et mål i Plan.' },
  period: {
    title: 'Periode',
    text: 'Fx 2015M08, aug 2015, 2015K2, 1. halvår 2015 eller jan-jul 2015.',
  },
  area: {
    title: 'Område',
    text: 'Tom eller kommunens navn: egne tal. Ellers et sammenligningsområde, fx Hele landet.',
  },
  value: { title: 'Værdi', text: 'Tallet for perioden. Procenter som 37 eller 37 %.' },
  milestoneStatus: {
    title: 'Milepælsstatus',
    text: 'Ikke startet, Igangsat, Gennemført, Forsinket eller Opgivet. Kun for milepæle.',
  },
  comment: { title: 'Kommentar', text: 'Vises i statusarket for målet og perioden.' },
  key: { title: 'Nøgle', text: 'Kommune, Plantitel, Tolerance eller Rapportperiode.' },
  settingValue: {
    title: 'Værdi',
    text: 'Kommune: navnet. Plantitel: rapportens titel. Tolerance: fx 0,25. Rapportperiode: fx 2015M08.',
  },
};
