/**
 * AWS's keyword lists for financial identifiers and the AWS secret key (financial and credentials pages).
 * Transcribed from AWS's SNS developer guide, sns-message-data-protection-sensitive-data-types-*.md
 * (awsdocs/amazon-sns-developer-guide@d2d6700); spot-checked against the current CloudWatch Logs pages
 * (protect-sensitive-log-data-types-*.html), which carry the same lists.
 * Exactly as AWS lists them (case and spelling kept; four cells where AWS dropped a comma are
 * split: `dl# dl:`, `dlno# driver licence`, `dlno# ajokortti`, `social security no. número …`).
 */
export const AWS_FINANCIAL_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  'AwsSecretKey': ['aws_secret_access_key', 'credentials', 'secret access key', 'secret key', 'set-awscredential'],
  'BankAccountNumber-DE': ['account code', 'account number', 'accountno#', 'accountnumber#', 'bankleitzahl', 'bban',
    'customer account id', 'customer account number', 'customer bank account id', 'geheimzahl', 'iban',
    'kartennummer', 'kontonummer', 'kreditkartennummer', 'sepa'],
  'BankAccountNumber-ES': ['account code', 'account number', 'accountno#', 'accountnumber#', 'bban', 'código cuenta',
    'código cuenta bancaria', 'cuenta cliente id', 'customer account ID', 'customer account number',
    'customer bank account id', 'iban', 'número cuenta bancaria cliente', 'número cuenta cliente'],
  'BankAccountNumber-FR': ['account code', 'account number', 'accountno#', 'accountnumber#', 'bban', 'code bancaire',
    'compte bancaire', 'customer account id', 'customer account number', 'customer bank account id', 'iban',
    'numéro de compte'],
  'BankAccountNumber-GB': ['account code', 'account number', 'accountno#', 'accountnumber#', 'bban',
    'customer account id', 'customer account number', 'customer bank account id', 'iban', 'sepa'],
  'BankAccountNumber-IT': ['account code', 'account number', 'accountno#', 'accountnumber#', 'bban',
    'codice bancario', 'conto bancario', 'customer account id', 'customer account number',
    'customer bank account id', 'iban', 'numero di conto'],
  'BankAccountNumber-US': ['bank account', 'bank acct', 'checking account', 'checking acct', 'deposit account',
    'deposit acct', 'savings account', 'savings acct', 'chequing account', 'chequing acct'],
  'CreditCardExpiration': ['exp d', 'exp m', 'exp y', 'expiration', 'expiry'],
  'CreditCardMagneticStripe': ['card data', 'iso7813', 'mag', 'magstripe', 'stripe', 'swipe'],
  'CreditCardNumber': ['account number', 'american express', 'amex', 'bank card', 'card', 'card num', 'card number',
    'cc #', 'ccn', 'check card', 'credit', 'credit card#', 'dankort', 'debit', 'debit card', 'diners club',
    'discover', 'electron', 'elo verification code', 'japanese card bureau', 'jcb', 'mastercard', 'mc', 'pan',
    'payment account number', 'payment card number', 'pcn', 'union pay', 'visa'],
  'CreditCardSecurityCode': ['card id', 'card identification code', 'card identification number',
    'card security code', 'card validation code', 'card validation number', 'card verification data',
    'card verification value', 'cvc', 'cvc2', 'cvv', 'cvv2', 'elo verification code'],
};
