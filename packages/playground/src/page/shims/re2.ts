/**
 * The page's stand-in for the native `re2` module (build-page.mjs aliases `re2` here): the part of
 * its RegExp-like API the data protection scanner uses (`exec`, `test`, `lastIndex`), over re2js,
 * the pure-JavaScript port of RE2, so custom identifiers keep linear-time matching in the browser.
 */
import { RE2JS } from 're2js';

export default class RE2 {
  readonly source: string;
  readonly flags: string;
  readonly global: boolean;
  lastIndex = 0;
  private readonly compiled: RE2JS;

  constructor(source: string | RegExp, flags = '') {
    this.source = typeof source === 'string' ? source : source.source;
    this.flags = flags;
    this.global = flags.includes('g');
    let reFlags = 0;
    if (flags.includes('i')) reFlags |= RE2JS.CASE_INSENSITIVE;
    if (flags.includes('m')) reFlags |= RE2JS.MULTILINE;
    if (flags.includes('s')) reFlags |= RE2JS.DOTALL;
    this.compiled = RE2JS.compile(this.source, reFlags); // throws on bad syntax, like re2
  }

  exec(text: string): RegExpExecArray | null {
    const from = this.global ? this.lastIndex : 0;
    const m = this.compiled.matcher(text);
    if (from > text.length || !m.find(from)) {
      this.lastIndex = 0;
      return null;
    }
    const groups: Array<string | undefined> = [];
    for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? undefined);
    const result = Object.assign(groups, { index: m.start(), input: text, groups: undefined }) as unknown as RegExpExecArray;
    if (this.global) this.lastIndex = m.end();
    return result;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}
