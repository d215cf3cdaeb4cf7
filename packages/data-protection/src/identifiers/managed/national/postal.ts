/**
 * Postal codes: CepCode-BR (keyword required; 8 digits, 5-3), PostalCode-CA (no keyword, Canada
 * Post's letter rules: no D F I O Q U, no W or Z first) and ZipCode-US (keyword required; ZIP or ZIP+4).
 */
import type { ManagedIdentifier } from '../../types.js';
import { defineIdentifier, tokenPattern } from './define.js';

export const cepCodeBr = defineIdentifier({
  name: 'CepCode-BR',
  pattern: tokenPattern('\\d{5}-\\d{3}|\\d{2}\\.\\d{3}-\\d{3}|\\d{8}'),
  keywords: [
    'cep', 'cep#', 'cep nº', 'código de endereçamento postal', 'codigo de endereçamento postal',
    'codigo de enderecamento postal', 'código postal', 'codigo postal',
  ],
});

const CA_LETTER = '[ABCEGHJ-NPRSTV-Z]';

export const postalCodeCa: ManagedIdentifier = {
  name: 'PostalCode-CA',
  category: 'Personal',
  pattern: tokenPattern(`[ABCEGHJ-NPRSTVXY]\\d${CA_LETTER} ?\\d${CA_LETTER}\\d`),
  // The first letter and digit start every match: the scanner looks only there, not at every letter.
  anchors: [{ at: '[ABCEGHJ-NPRSTVXY]\\d', within: 0 }],
  note: 'no keyword (AWS); upper case only, since nothing else guards against lower-case look-alikes',
};

export const zipCodeUs = defineIdentifier({
  name: 'ZipCode-US',
  pattern: tokenPattern('\\d{5}-\\d{4}|\\d{5}'),
  keywords: ['zip code', 'zip+4', 'zip code+4', 'zip codes'],
});

export const postalIdentifiers: ManagedIdentifier[] = [cepCodeBr, postalCodeCa, zipCodeUs];
