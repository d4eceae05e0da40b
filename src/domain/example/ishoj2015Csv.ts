/**
 * The worked example: Ishøj Kommune, Aktiveringsstrategi 2015, follow-up August 2015, as the
 * three tables in Danish CSV. `tests/fixtures/ishoj-2015/` holds the same files; a test keeps
 * them equal.
 */
export const ISHOJ_2015_CSV = {
  plan: `Id;Tema;Niveau;Overordnet;Målgruppe;Mål;Indikator;Enhed;Måltype;Retning;Baseline;Baselineperiode;Målværdi;Målperiode;Slutværdi;Opgørelse;Sammenligning;Kilde;Ansvarlig
U1;Flere unge skal have en uddannelse;Resultatmål;;Unge under 30 år;Antallet af unge under 30 år, som modtager a-dagpenge, uddannelseshjælp eller kontanthjælp, reduceres fra 444 (2013) til 411 (dec. 2015);Unge under 30 år på a-dagpenge, uddannelseshjælp eller kontanthjælp;personer;Reduktion til;;444;2013;411;dec. 2015;;Niveau;;jobindsats.dk;Ungeindsatsen
U2;Flere unge skal have en uddannelse;Resultatmål;;Uddannelsesparate unge under 30 år;Minimum 95 uddannelsesparate unge afmeldes med begrundelsen 'ordinær uddannelse';Afmeldinger med begrundelsen ordinær uddannelse;antal;Minimum;;;;95;2015;;Akkumuleret;;;Ungeindsatsen
U3;Flere unge skal have en uddannelse;Indsatsmål;U2;Unge i brobygningsforløb;60 procent af de unge, der har afsluttet brobygningsforløbets første fase, er to måneder senere ude af offentlig forsørgelse;Andel ude af offentlig forsørgelse to måneder efter første fase;procent;Minimum;;;;60;2015;;Niveau;;;Ungeindsatsen
U4;Flere unge skal have en uddannelse;Indsatsmål;U2;Unge i Ung på Vej;60 procent af de unge i 'Ung på Vej' overgår fra at være aktivitetsparate til uddannelsesparate;Andel der overgår til uddannelsesparat;procent;Minimum;;;;60;2015;;Niveau;;;Ungeindsatsen
U5;Flere unge skal have en uddannelse;Indsatsmål;U2;Unge i uddannelse;15 unge fra Ishøj får et forløb med en frivillig mentor;Startede mentorforløb;personer;Minimum;;;;15;2015;;Akkumuleret;;;Ungeindsatsen
U6;Flere unge skal have en uddannelse;Indsatsmål;U2;Unge i brobygningsforløb;Frafaldet for brobygningsforløbets unge, der starter på EUD, er ikke højere end frafaldet blandt alle unge, som starter på EUD;Frafald på EUD;procent;Benchmark;Lavere er bedre;;;;2015;;Niveau;Alle unge på EUD;;Ungeindsatsen
L1;Langtidsledigheden skal bekæmpes;Resultatmål;;Langtidsledige;Antallet af langtidsledige reduceres med 15 procent fra 2013 til 2015, fra 438 til 388 helårspersoner;Langtidsledige helårspersoner;helårspersoner;Reduktion pct;;438;2013;15;2015;388;Niveau;;jobindsats.dk;Jobcenter
L2;Langtidsledigheden skal bekæmpes;Indsatsmål;L1;Nyledige;80 % af de nyledige screenes ved den første samtale i jobcenteret;Andel screenet ved første samtale;procent;Minimum;;;;80;2015;;Niveau;;;Jobcenter
L3;Langtidsledigheden skal bekæmpes;Indsatsmål;L1;Langtidsledige;Analyse af hele målgruppen igangsættes inden sommerferien 2015;;;Milepæl;;;;;juni 2015;;;;;Jobcenter
L4;Langtidsledigheden skal bekæmpes;Indsatsmål;L1;Langtidsledige;Pilotprojekt om forløb for 20-30 langtidsledige igangsættes i løbet af 2015/2016;;;Milepæl;;;;;2016;;;;;Jobcenter
L5;Langtidsledigheden skal bekæmpes;Indsatsmål;L1;Langtidsledige;Minimum 25 procent af alle private løntilskud fører til ordinær beskæftigelse;Andel private løntilskud der fører til ordinær beskæftigelse;procent;Minimum;;;;25;2015;;Niveau;;;Jobcenter
S1;Langvarige modtagere af offentlig forsørgelse skal have en sammenhængende indsats;Resultatmål;;Sygedagpengemodtagere;Antallet af sygedagpengeforløb over 26 uger fastholdes på 2013-niveau: højst 67 forløb;Forløb over 26 uger;forløb;Maksimum;;;;67;2015;;Niveau;;jobindsats.dk;Sygedagpengeteam
S2;Langvarige modtagere af offentlig forsørgelse skal have en sammenhængende indsats;Resultatmål;;Sygedagpengemodtagere;Antallet af sygedagpengeforløb over 52 uger fastholdes på 2013-niveau: højst 14 forløb;Forløb over 52 uger;forløb;Maksimum;;;;14;2015;;Niveau;;jobindsats.dk;Sygedagpengeteam
S3;Langvarige modtagere af offentlig forsørgelse skal have en sammenhængende indsats;Indsatsmål;S1;Sygedagpengemodtagere;Andelen af delvise raskmeldinger med gradvis tilbagevenden til jobbet øges fra 7,7 procent i 2014 til 12 procent i 2015;Andel delvise raskmeldinger;procent;Stigning til;;7,7;2014;12;2015;;Niveau;;;Sygedagpengeteam
LY1;Langvarige modtagere af offentlig forsørgelse skal have en sammenhængende indsats;Resultatmål;;Ledighedsydelsesmodtagere;Antallet af personer med ledighedsydelse i over 18 måneder reduceres 50 procent fra 14 personer ultimo 2014 til syv personer ultimo 2015;Personer på ledighedsydelse over 18 måneder;personer;Reduktion pct;;14;ultimo 2014;50;ultimo 2015;7;Niveau;;jobindsats.dk;Fleksjobteam
LY2;Langvarige modtagere af offentlig forsørgelse skal have en sammenhængende indsats;Indsatsmål;LY1;Ledighedsydelsesmodtagere;Minimum 5 ydelsesmodtagere over 18 måneder anvises til fleksjob;Anvist til fleksjob;personer;Minimum;;;;5;2015;;Akkumuleret;;;Fleksjobteam
LY3;Langvarige modtagere af offentlig forsørgelse skal have en sammenhængende indsats;Indsatsmål;LY1;Ledighedsydelsesmodtagere;Minimum 10 ydelsesmodtagere mellem 12-17 måneder anvises til fleksjob;Anvist til fleksjob;personer;Minimum;;;;10;2015;;Akkumuleret;;;Fleksjobteam
LY4;Langvarige modtagere af offentlig forsørgelse skal have en sammenhængende indsats;Indsatsmål;LY1;Ledighedsydelsesmodtagere;Etablering af 5 mikrofleksjob i Ishøj Kommune;Etablerede mikrofleksjob;antal;Minimum;;;;5;2015;;Akkumuleret;;;Fleksjobteam
LY5;Langvarige modtagere af offentlig forsørgelse skal have en sammenhængende indsats;Indsatsmål;LY1;Ledighedsydelsesmodtagere;Etablering af 5 mikrofleksjob i private virksomheder;Etablerede mikrofleksjob;antal;Minimum;;;;5;2015;;Akkumuleret;;;Fleksjobteam
V1;En tættere og styrket dialog med virksomhederne;Resultatmål;;Virksomheder;Etablering af 50 nye samarbejder mellem lokale virksomheder og jobcenteret;Nye samarbejder;antal;Minimum;;;;50;2015;;Akkumuleret;;;Virksomhedsgruppen
V2;En tættere og styrket dialog med virksomhederne;Indsatsmål;V1;Virksomheder;Virksomhedsgruppen medvirker i formidling af minimum 100 job i Ishøj og Vallensbæk;Formidlede job;antal;Minimum;;;;100;2015;;Akkumuleret;;;Virksomhedsgruppen
V3;En tættere og styrket dialog med virksomhederne;Indsatsmål;V1;Virksomheder;Samarbejde om jobrotation: niveauet fra 2014 fastholdes;Samarbejder om jobrotation;antal;Fasthold;Højere er bedre;25;2014;;2015;;Akkumuleret;;;Virksomhedsgruppen
V4;En tættere og styrket dialog med virksomhederne;Indsatsmål;V1;Virksomheder;Gennemføre fire specifikke kampagner, hvor virksomheder kontaktes;Gennemførte kampagner;antal;Minimum;;;;4;2015;;Akkumuleret;;;Virksomhedsgruppen
V5;En tættere og styrket dialog med virksomhederne;Indsatsmål;V1;Virksomheder;2 pladser købes ved ekstern aktør (Næstved Kommune);;;Milepæl;;;;;2015;;;;;Virksomhedsgruppen
`,
  opfolgning: `MålId;Periode;Område;Værdi;Milepælsstatus;Kommentar
U3;aug 2015;;37;;Aktuelt har 8 afsluttet brobygningsforløbet, 2 er startet i uddannelse og 1 er gået i job. 4 er fortsat i gang.
U4;mar-jul 2015;;17,7;;11 ud af 62 unge er overgået fra aktivitetsparate til uddannelsesparate. 8 unge er startet i uddannelse.
U5;2015M04-2015M07;Ishøj;5;;Rekruttering af i alt 11 mentorer og opstart af 5 mentorforløb.
L2;2015M08;;100;;Der foretages systematisk screening af alle nyledige ved den første samtale.
L3;2015M08;;;Gennemført;Analysen er igangsat og præsenteres for Beskæftigelsesudvalget i november 2015.
L4;2015M08;;;Ikke startet;Afventer analysens konklusioner.
L5;jan-jul 2015;;47;;I perioden 1.1.-31.7.2015 førte 47 % af alle private løntilskud til ordinær beskæftigelse.
S3;1. halvår 2015;;10;;Gennemsnit for første halvår 2015.
LY2;jan-jul 2015;;9;;
LY3;jan-jul 2015;;4;;
LY4;jan-jul 2015;;6;;Etableret i Ishøj Kommune.
LY5;jan-jul 2015;;5;;Etableret i private virksomheder.
V2;jan-maj 2015;;145;;Jobcenteret har i perioden januar til maj medvirket i formidlingen af 145 job.
V3;2014;;25;;25 samarbejdsprojekter i 2014.
V3;jan-aug 2015;;27;;Målsætningen om at fastholde niveauet fra 2014 er indfriet.
V4;1. halvår 2015;;2;;To kampagner gennemført i første halvår.
V5;2015M08;;;Forsinket;Projektet er af Næstved Kommune sat på standby. Videre forløb afventer.
`,
  indstillinger: `Nøgle;Værdi
Kommune;Ishøj
Plantitel;Aktiveringsstrategi 2015
Tolerance;0,25
Rapportperiode;2015M08
`,
} as const;
