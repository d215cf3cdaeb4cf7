/**
 * Brazil: CpfCode-BR, Cnpj-BR (both with their two mod-11 check digits, Receita Federal) and
 * RgNumber-BR (state-issued; formats vary by state and no check digit is shared, so none is applied).
 * Keywords from AWS's Brazil rows (S1 PII).
 */
import type { ManagedIdentifier } from '../../types.js';
import { cnpj, cpf } from '../../checksums.js';
import { defineIdentifier, tokenPattern } from './define.js';

export const cpfCodeBr = defineIdentifier({
  name: 'CpfCode-BR',
  pattern: tokenPattern('\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}|\\d{9}-?\\d{2}|\\d{3}\\.\\d{3}\\.\\d{5}'),
  keywords: [
    'cadastro de pessoas físicas', 'cadastro de pessoas fisicas', 'cadastro de pessoa física', 'cadastro de pessoa fisica',
    'cadastro pessoa física', 'cpf', 'cpf#', 'cpf nº', 'cpf no', 'número do cpf', 'numero do cpf',
  ],
  check: cpf,
});

export const cnpjBr = defineIdentifier({
  name: 'Cnpj-BR',
  pattern: tokenPattern('\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2}'),
  keywords: [
    'cadastro nacional da pessoa jurídica', 'cadastro nacional da pessoa juridica', 'cadastro nacional de pessoa jurídica',
    'cnpj', 'cnpj#', 'cnpj nº', 'número do cnpj', 'numero do cnpj',
  ],
  check: cnpj,
});

export const rgNumberBr = defineIdentifier({
  name: 'RgNumber-BR',
  // Dotted (SP/RJ: 12.345.678-9, MG: MG-12.345.678) or plain digits, optional check digit or X.
  pattern: tokenPattern('(?:[A-Z]{2}-)?\\d{1,2}\\.\\d{3}\\.\\d{3}(?:-[\\dXx])?|\\d{7,9}(?:-[\\dXx])?|\\d{8}[Xx]'),
  keywords: [
    'registro geral', 'rg', 'rg#', 'rg nº', 'rg no', 'número do rg', 'numero do rg', 'carteira de identidade',
    'cédula de identidade', 'cedula de identidade', 'identidade',
  ],
  note: 'state formats vary (SP: 8 digits + check digit or X); no check digit is applied',
});

export const brazilIdentifiers: ManagedIdentifier[] = [cpfCodeBr, cnpjBr, rgNumberBr];
