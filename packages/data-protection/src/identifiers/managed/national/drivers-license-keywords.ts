/**
 * Driver's licence keywords per country, from AWS's table of driver's license identification
 * number keywords (SNS sensitive-data-types-pii, S1; the same lists as Macie). AWS's own spellings
 * are kept (the Spanish list really says `conducer`); compound forms that AWS lists, and the
 * inflected forms a keyword needs to be found in a JSON member name, are listed explicitly because
 * a one-word keyword must end at a word end.
 */

/** English keywords shared by AU, CA, GB and US. */
const ENGLISH = [
  'dl#', 'dl:', 'dl :', 'dlno#', 'dl no', 'dl number', 'driver license', 'driver licenses', 'driver licence',
  'driver licences', "driver's license", "driver's licenses", "driver's licence", "driver's licences",
  'drivers license', 'drivers licenses', 'drivers licence', 'drivers licences', 'driver permit',
  "driver's permit", 'drivers permit', 'driving license', 'driving licence', 'driving licenses', 'driving licences',
  'driving permit', 'driver lic', 'drivers lic', "driver's lic",
];

/** German-language keywords shared by AT, BE, DE and LU. */
const GERMAN = [
  'führerschein', 'fuhrerschein', 'fuehrerschein', 'führerscheinnummer', 'fuhrerscheinnummer',
  'fuehrerscheinnummer', 'führerschein- nr', 'fuhrerschein- nr', 'fuehrerschein- nr', 'führerschein nr',
  'fuhrerschein nr', 'fuehrerschein nr',
];

export const DRIVERS_LICENSE_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  AT: [...GERMAN, 'führerschein republik österreich', 'fuhrerschein republik osterreich'],
  AU: ENGLISH,
  BE: [...GERMAN, 'numéro permis conduire', 'numero permis conduire', 'permis de conduire', 'rijbewijs', 'rijbewijsnummer'],
  BG: [
    'свидетелство за управление на моторно превозно средство', 'свидетелство за управление на мпс', 'сумпс', 'шофьорска книжка',
    'шофьорски книжки',
  ],
  CA: [...ENGLISH, 'permis de conduire', 'permis de conduire no', 'numéro de permis de conduire'],
  CY: ['άδεια οδήγησης', 'αδεια οδηγησης', 'άδειας οδήγησης'],
  CZ: [
    'číslo řidičského průkazu', 'cislo ridicskeho prukazu', 'řidičák', 'ridicak', 'řidičské oprávnění',
    'ridicske opravneni', 'řidičský průkaz', 'ridicsky prukaz', 'řidičského průkazu', 'ridicskeho prukazu',
  ],
  DE: [...GERMAN],
  DK: ['kørekort', 'korekort', 'kørekortnummer', 'korekortnummer', 'kørekortnr', 'kørekort nr'],
  EE: [
    'juhi litsentsi number', 'juhi litsents', 'juhiloa number', 'juhiluba', 'juhiluba number', 'juhiloa',
    'juhtimisõigus',
  ],
  ES: [
    'carnet conducer', 'el carnet de conducer', 'licencia conducer', 'licencia de manejo', 'número carnet conducer',
    'número de carnet de conducer', 'número de permiso conducer', 'número de permiso de conducer',
    'número licencia conducir', 'número de licencia de conducir', 'numero licencia conducir',
    'numero de licencia de conducir', 'permiso conducer', 'permiso de conducer', 'permiso de conducción',
    'permiso de conduccion',
  ],
  FI: [
    'ajokortin numero', 'ajokortin nro', 'ajokortti', 'ajokortin', 'förare lic.', 'körkort', 'körkort nummer',
    'körkortsnummer',
  ],
  FR: [
    'permis de conduire', 'numéro de permis', 'numéro permis', 'numéros de permis', 'numéro de permis de conduire',
    'numero de permis', 'numero permis', 'n° permis', 'permis conduire', 'licence de conduire',
  ],
  GB: ENGLISH,
  GR: ['δεια οδήγησης', 'άδεια οδήγησης', 'αδεια οδηγησης', 'adeia odigisis', 'άδειας οδήγησης'],
  HR: ['vozačka dozvola', 'vozacka dozvola', 'vozačke dozvole', 'vozačku dozvolu'],
  HU: [
    'illesztőprogramok', 'jogosítvány', 'jogositvany', 'jogosítvány szám', 'jogosítványszám', 'vezetői engedély',
    'vezetoi engedely', 'vezetői engedélyek', 'vezetői engedély szám',
  ],
  IE: ['ceadúnas tiomána', 'ceadunas tiomana', 'ceadúnais tiomána'],
  // `patente` alone is how Italian says "driving licence" (AWS abbreviates keywords to common variants).
  IT: ['patente di guida', 'patente guida', 'patenti di guida', 'patenti guida', 'numero patente', 'patente', 'patente n'],
  LT: ['vairuotojo pažymėjimas', 'vairuotojo pazymejimas', 'vairuotojo pažymėjimo', 'vairuotojo pažymėjimai'],
  LU: ['fahrerlaubnis', 'führerschäin', 'fuhrerschäin', 'fuehrerschaein'],
  LV: [
    'autovadītāja apliecība', 'licences numurs', 'vadītāja apliecība', 'vadītāja apliecības numurs',
    'vadītāja apliecības nr',
    'vadītāja apliecības', 'vaditaja apliecibas', 'vaditaja aplieciba', 'autovaditaja aplieciba',
  ],
  MT: ['liċenzja tas-sewqan', 'licenzja tas-sewqan', 'liċenzji tas-sewqan', 'licenzji tas-sewqan'],
  NL: ['permis de conduire', 'rijbewijs', 'rijbewijsnummer', 'rijbewijzen', 'rijbewijs nummer'],
  PL: ['prawo jazdy', 'prawa jazdy', 'numer prawa jazdy'],
  PT: [
    'carteira de motorista', 'carteira motorista', 'carteira de habilitação', 'carteira habilitação',
    'carteira de habilitacao', 'número de licença', 'número licença', 'numero de licenca', 'permissão de condução',
    'permissão condução', 'permissao de conducao', 'licença condução portugal', 'carta de condução',
    'carta de conducao', 'licença de condução', 'licenca de conducao', 'licença condução',
  ],
  RO: ['numărul permisului de conducere', 'numarul permisului de conducere', 'permis de conducere', 'permisului de conducere'],
  SE: [
    'ajokortin numero', 'dlno# ajokortti', 'drivere lic.', 'förare lic.', 'körkort', 'korkort', 'körkort nummer',
    'körkortsnummer', 'korkortsnummer', 'körkortsnr',
  ],
  SI: ['vozniško dovoljenje', 'vozniska dovoljenje', 'voznisko dovoljenje', 'vozniškega dovoljenja', 'vozniško dovoljenje številka'],
  SK: [
    'vodičský preukaz', 'vodicsky preukaz', 'vodičské preukazy', 'vodičského preukazu', 'vodicskeho preukazu',
    'vodičských preukazov', 'číslo vodičského preukazu',
  ],
  US: ENGLISH,
};
