/** Which statements apply to one direction and principal: the evaluate step over the compiled policy. */
import type { EvaluationMode } from '@arbiter/ir';
import { compilePolicy } from '../policy/compile.js';
import type { DataDirection, DataProtectionPolicy, PolicyStatement } from '../policy/types.js';

/** The statements of `policy` whose direction and principal match, in policy order. */
export function selectStatements(policy: DataProtectionPolicy, direction: DataDirection, caller: string, mode: EvaluationMode): PolicyStatement[] {
  return compilePolicy(policy).select(direction, caller, mode);
}
