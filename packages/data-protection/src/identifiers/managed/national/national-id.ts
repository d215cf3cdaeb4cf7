/**
 * National identity numbers: NationalIdentificationNumber-{DE,ES,IT}, NieNumber-ES, NifNumber-ES.
 * Keywords from AWS's national identification number table (S1 PII); formats and check characters
 * from the issuers: DE Personalausweis serial (ICAO-safe alphabet), ES DNI/NIE letter (mod 23),
 * IT codice fiscale check letter (with omocodia substitutions); and ElectoralRollNumber-GB.
 */
import type { ManagedIdentifier } from '../../types.js';
import { codiceFiscale, dniLetter, nieLetter } from '../../checksums.js';
import { defineIdentifier, tokenPattern } from './define.js';

const ID_ENGLISH = ['national id', 'national identification number', 'national identity number', 'id number', 'identity number'];

export const nationalIdDe = defineIdentifier({
  name: 'NationalIdentificationNumber-DE',
  pattern: tokenPattern('[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}'),
  keywords: [
    ...ID_ENGLISH, 'ausweisnummer', 'ausweis nummer', 'ausweis-nr', 'ausweisnr', 'identification number',
    'insurance number', 'personal id', 'personalausweis', 'personalausweisnummer', 'personalausweis nummer',
    'personalausweis nr', 'personalausweis-nr', 'persönliche id nummer', 'personalausweisnr', 'idnr',
  ],
  // A serial with no digit is a word, not a document number.
  check: (v) => /\d/.test(v),
});

// DNI digits may be written with thousands dots (12.345.678-Z).
const DNI = '(?:\\d{8}|\\d{2}\\.\\d{3}\\.\\d{3})[- ]?[A-Z]';
const NIE = '[XYZ][- ]?\\d{7}[- ]?[A-Z]';

export const nationalIdEs = defineIdentifier({
  name: 'NationalIdentificationNumber-ES',
  pattern: tokenPattern(DNI),
  keywords: [
    ...ID_ENGLISH, 'dni', 'dni#', 'dninúmero#', 'dni número', 'dni numero', 'documento nacional de identidad',
    'documento de identidad', 'identidad único', 'identidad unico', 'número nacional de identidad',
    'numero nacional de identidad', 'número de identidad', 'numero de identidad', 'nif', 'nif#',
    'cédula de identidad', 'carnet de identidad',
  ],
  check: dniLetter,
});

export const nieNumberEs = defineIdentifier({
  name: 'NieNumber-ES',
  pattern: tokenPattern(NIE),
  keywords: [
    'nie', 'nie#', 'nie #', 'nie número', 'nie numero', 'número nie', 'numero nie', 'extranjero nº', 'extranjero no',
    'número de identidad de extranjero', 'numero de identidad de extranjero', 'número de identificación de extranjero',
    'número de identificación de extranjeros', 'numero de identificacion de extranjeros',
    'identidad de extranjero', 'identificación de extranjero', 'foreigner identity number', 'tarjeta de residencia',
    'tarjeta de extranjero',
  ],
  check: nieLetter,
});

export const nifNumberEs = defineIdentifier({
  name: 'NifNumber-ES',
  pattern: tokenPattern(`${DNI}|${NIE}|[KLM][- ]?\\d{7}[- ]?[A-Z]`),
  keywords: [
    'nif', 'nif#', 'nif #', 'nif número', 'nif numero', 'número nif', 'numero nif', 'número de identificación fiscal',
    'numero de identificacion fiscal', 'número de contribuyente', 'numero de contribuyente', 'identificación fiscal',
  ],
  // K, L and M NIFs (minors, non-residents) use the DNI letter over their 7 digits.
  check: (v) => dniLetter(v) || nieLetter(v) || (/^[KLM]\d{7}[A-Z]$/.test(v) && dniLetter('0' + v.slice(1))),
});

export const nationalIdIt = defineIdentifier({
  name: 'NationalIdentificationNumber-IT',
  pattern: tokenPattern(
    '[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]',
    'i',
  ),
  keywords: [
    'codice fiscale', 'codice fiscale n', 'cod. fiscale', 'cod fiscale', 'c.f.', 'cf', 'dati anagrafici',
    'codice identificativo', 'numero di identificazione fiscale', 'partita i.v.a.', 'partita iva', 'p. iva',
    'p.iva', 'tax code', 'fiscal code',
  ],
  check: codiceFiscale,
});

export const electoralRollNumberGb = defineIdentifier({
  name: 'ElectoralRollNumber-GB',
  // Polling-district letters and the elector's number in that district (e.g. `KB1234`, `WDA0457`).
  pattern: tokenPattern('[A-Z]{2,3}-?\\d{1,5}(?:[/.-]\\d{1,2})?'),
  keywords: [
    'electoral #', 'electoral#', 'electoral number', 'electoral roll #', 'electoral roll#', 'electoral roll no.',
    'electoral roll no', 'electoral roll number', 'electoralrollno', 'elector number', 'electoral register number',
    'elector no',
  ],
  note: 'AWS documents keywords only; shape = polling district code + elector number',
});

export const nationalIdIdentifiers: ManagedIdentifier[] = [
  nationalIdDe, nationalIdEs, nieNumberEs, nifNumberEs, nationalIdIt, electoralRollNumberGb,
];
