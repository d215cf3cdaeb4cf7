export interface WasmValidation {
  ok: boolean;
  /** The end offset recorded for the value starting at byte `start` (with `withEnds` only). */
  end(start: number): number;
  byteLength: number;
}
export interface WasmValidator {
  acceptsText(s: string, withEnds?: boolean): boolean;
  validateText(s: string, withEnds?: boolean): WasmValidation;
  validateBytes(bytes: Uint8Array): boolean;
}
export function loadWasmValidator(wat?: string): Promise<WasmValidator>;
