/**
 * Where Arbiter's identifiers knowingly differ from AWS's tables, and why (listed in the README's
 * identifier table). Keyword additions are not listed here: the table counts them per identifier.
 */
export const DIFFERENCES: Readonly<Record<string, string>> = {
  CreditCardNumber: 'keywords optional (AWS lists them; CloudWatch Logs/Macie treat them as optional); 13–19 digits, brand prefix, Luhn, the 55 reserved test numbers never reported',
  CreditCardMagneticStripe: "listed in AWS's table but not in the 2022 ARN list; accepted by name",
  DateOfBirth: 'missing from the 2022 SNS ARN list, offered by the current console and CloudWatch Logs; accepted',
  PhoneNumber: 'the plain ARN (no country) reports numbers of any country; `-CC` forms only that country',
  IpAddress: 'IPv6 reported too (AWS says only "IP address")',
  Name: 'ML at AWS; deterministic here (name grammar, given-name lexicon, person cues)',
  Address: 'ML at AWS; deterministic here (national street and place-line grammars)',
  EmailAddress: 'internationalised addresses (RFC 6531: non-ASCII local part and IDN domains) count',
  'NationalDrugCode-US': 'written forms 4–5/3–4/1–2 digits (9–11 in all), so a segment without its pad zero (`0002-751-01`) counts',
  'DriversLicense-AU': 'state formats incl. SA/TAS letter + digits (`S12345`) and NT/ACT short numbers',
  'DriversLicense-IT': 'card (`U1…`), 1999–2013 card and older paper formats, groups written apart',
  OpenSshPrivateKey: "AWS's table spells the ID `OpenSSHPrivateKey`; the ARN (and Arbiter) use `OpenSshPrivateKey`",
  'IndividualTaxIdentificationNumber-US': "the CloudWatch Logs table misspells it `IndividualTaxIdenticationNumber`; the ARN spelling is used",
};
