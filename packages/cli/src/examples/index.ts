import { clinicDataProtection } from './clinic-data-protection.js';
import { insuranceRouting } from './insurance-routing.js';
import { lambdaAbac } from './lambda-abac.js';
import { samTemplate } from './sam-template.js';
import type { Scenario } from './scenario.js';

export const scenarios: Scenario[] = [insuranceRouting, clinicDataProtection, lambdaAbac, samTemplate];
