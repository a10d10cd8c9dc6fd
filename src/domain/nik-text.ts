/**
 * Finding a NIK written into text in any form, for the three places text leaves the caller's hands:
 * stored free text (refused), log lines and problem bodies (masked). See docs/domain.md §8.
 *
 * The rule, applied to the text as written:
 * 1. Every character that is a decimal digit in any script (Unicode `Nd`: ASCII, Arabic-Indic
 *    `٠-٩`, extended Arabic-Indic `۰-۹`, fullwidth `０-９`, Devanagari, mathematical digits …),
 *    or whose compatibility form is one (superscript `³`, circled `①`), counts as that digit.
 *    So does a percent-encoded character (`%33`, `%EF%BC%93`, doubly encoded `%2533`) and a JSON
 *    `\uXXXX` escape.
 * 2. Between two digits, any number of separator characters is skipped: white space of every
 *    kind, format characters (`Cf`: zero-width space U+200B, soft hyphen, bidi marks …), control
 *    characters, combining marks, every punctuation mark (`- . , / \ : ; * # ! ? @ &`, quotes,
 *    brackets, `· ’` …, in any script and in their fullwidth forms) and `+ | ^ \``. A letter ends
 *    the run, and so does a sign of comparison or arithmetic other than `+` (`= ~ < > ÷ × ≈ …`) or
 *    a currency or other symbol: notes on published figures write arithmetic between numbers
 *    ("2,700,000 ÷ 0.65 = 4,153,846"), which must not read as one long number.
 * 3. A run of 16 or more digits is taken for a NIK. Not only runs that would pass `checkNik`: a
 *    leading zero or a digit too many must not make a NIK acceptable, and no free-text field
 *    needs a 16-digit number (the KPJ has its own field). Refusing a harmless long number costs
 *    the sender a rewording; storing a NIK cannot be undone.
 *
 * Pure and allocation-free on the common path (text with fewer than 16 digit-like characters).
 */

/** Digits in a run from which it is taken for a NIK. */
export const NIK_RUN_DIGITS = 16;

/** A span of text, `[start, end)` in UTF-16 code units, from a run's first digit to its last. */
export interface NikRun {
  start: number;
  end: number;
}

const SEPARATOR = 1;
const OTHER = 2;
/** A character's class: its digit value 0–9, or -SEPARATOR, or -OTHER. */
type CharClass = number;

const ASCII_CLASS: Int8Array = (() => {
  const table = new Int8Array(128).fill(-OTHER);
  for (let c = 48; c <= 57; c++) table[c] = c - 48;
  // White space, ASCII punctuation, `+ | ^ \``; `%` too when it does not start a percent-encoded
  // byte (that is read before a character's class). Not `= ~ < > $`: see rule 2.
  for (const s of ' \t\n\r\v\f!"#%&\'()*+,-./:;?@[\\]^_`{|}') table[s.charCodeAt(0)] = -SEPARATOR;
  for (let c = 0; c < 32; c++) table[c] = -SEPARATOR;
  table[127] = -SEPARATOR;
  return table;
})();

const ND = /^\p{Nd}$/u;
const SEPARATOR_CHAR = /^[\s\p{Z}\p{Cf}\p{Cc}\p{M}\p{P}]$/u;

// Non-ASCII verdicts, remembered (bounded: hostile text can name many distinct code points).
const nonAsciiClasses = new Map<number, CharClass>();

/**
 * Unicode assigns decimal digits only in contiguous runs of ten, 0 to 9 (a stability policy), so
 * a digit's value is its distance from the start of its run of digits, modulo ten.
 */
function ndValue(cp: number): number {
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

function classifyNonAscii(cp: number): CharClass {
  const char = String.fromCodePoint(cp);
  if (ND.test(char)) return ndValue(cp);
  if (SEPARATOR_CHAR.test(char)) return -SEPARATOR;
  const compatible = char.normalize('NFKC');
  if (compatible.length === 1) {
    const c = compatible.charCodeAt(0);
    if (c < 128) return ASCII_CLASS[c] as number;
    if (ND.test(compatible)) return ndValue(c);
  }
  return -OTHER;
}

/** The digit value (0–9) of a code point, or -1 for a separator, -2 for anything else. */
export function classifyCodePoint(cp: number): CharClass {
  if (cp < 128) return ASCII_CLASS[cp] as number;
  let known = nonAsciiClasses.get(cp);
  if (known === undefined) {
    known = classifyNonAscii(cp);
    if (nonAsciiClasses.size >= 4096) nonAsciiClasses.clear();
    nonAsciiClasses.set(cp, known);
  }
  return known;
}

const hexValue = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);

// The width of the last byte `percentByte` read: 3 for `%XX`, 5 for a doubly encoded `%25XX`.
let byteWidth = 3;

/** The byte a `%XX` (or a doubly encoded `%25XX`) at `at` stands for, or -1. */
function percentByte(text: string, at: number): number {
  const byte = hexByte(text, at);
  if (byte === 0x25) {
    const inner = hexAt(text, at + 3);
    if (inner >= 0) {
      byteWidth = 5;
      return inner;
    }
  }
  byteWidth = 3;
  return byte;
}

function hexByte(text: string, at: number): number {
  if (text.charCodeAt(at) !== 37 /* % */) return -1;
  return hexAt(text, at + 1);
}

/** The value of the two hex digits at `at`, or -1. */
function hexAt(text: string, at: number): number {
  if (at + 1 >= text.length) return -1;
  const hi = hexValue(text.charCodeAt(at));
  const lo = hexValue(text.charCodeAt(at + 1));
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

// The unit read at a position: its class and where the next one starts.
let unitClass: CharClass = -OTHER;
let unitEnd = 0;

/**
 * Reads one written character at `at`: a percent-encoded UTF-8 sequence, a JSON/JavaScript
 * `\uXXXX` escape (or `\n`, `\t` …), or a code point as it stands.
 */
function readUnit(text: string, at: number): void {
  const c = text.charCodeAt(at);
  if (c === 37 /* % */) {
    const lead = percentByte(text, at);
    if (lead >= 0) {
      const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
      let cp = length === 1 ? lead : length === 2 ? lead & 0x1f : length === 3 ? lead & 0x0f : lead & 0x07;
      let end = at + byteWidth;
      let ok = length > 0;
      for (let i = 1; ok && i < length; i++) {
        const next = percentByte(text, end);
        if (next < 0x80 || next > 0xbf) ok = false;
        else {
          cp = (cp << 6) | (next & 0x3f);
          end += byteWidth;
        }
      }
      if (ok && cp <= 0x10ffff) {
        unitClass = classifyCodePoint(cp);
        unitEnd = end;
        return;
      }
    }
  } else if (c === 92 /* \ */ && at + 1 < text.length) {
    const e = text.charCodeAt(at + 1);
    if (e === 117 /* u */ && at + 5 < text.length) {
      const a = hexValue(text.charCodeAt(at + 2));
      const b = hexValue(text.charCodeAt(at + 3));
      const d = hexValue(text.charCodeAt(at + 4));
      const f = hexValue(text.charCodeAt(at + 5));
      if (a >= 0 && b >= 0 && d >= 0 && f >= 0) {
        unitClass = classifyCodePoint(((a * 16 + b) * 16 + d) * 16 + f);
        unitEnd = at + 6;
        return;
      }
    }
    // `\n`, `\t`, `\r`, `\b`, `\f`, `\/`, `\\`: white space or a separator; `\"` ends nothing here.
    if (e === 110 || e === 116 || e === 114 || e === 98 || e === 102 || e === 47 || e === 92) {
      unitClass = -SEPARATOR;
      unitEnd = at + 2;
      return;
    }
  }
  const cp = text.codePointAt(at) as number;
  unitClass = classifyCodePoint(cp);
  unitEnd = at + (cp > 0xffff ? 2 : 1);
}

/**
 * Cheap screen: fewer than 16 characters that could stand for a digit (an ASCII digit, a
 * non-ASCII character, a `%` or a `\`) cannot hide a run of 16 digits.
 */
function mayHideNik(text: string, from: number, to: number): boolean {
  let candidates = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c >= 128 || c === 37 || c === 92) {
      if (++candidates >= NIK_RUN_DIGITS) return true;
    }
  }
  return false;
}

/** Calls `found` for each NIK-like run in `text[from, to)`; stops early when it returns false. */
function scan(text: string, from: number, to: number, found: (start: number, end: number) => boolean): void {
  if (!mayHideNik(text, from, to)) return;
  let digits = 0;
  let runStart = -1;
  let lastDigitEnd = -1;
  const close = () => (digits >= NIK_RUN_DIGITS ? found(runStart, lastDigitEnd) : true);
  let at = from;
  while (at < to) {
    readUnit(text, at);
    if (unitEnd > to) unitEnd = to;
    if (unitClass >= 0) {
      if (digits === 0) runStart = at;
      digits++;
      lastDigitEnd = unitEnd;
    } else if (unitClass === -OTHER && digits > 0) {
      if (!close()) return;
      digits = 0;
    }
    at = unitEnd;
  }
  if (digits > 0) close();
}

/** Whether `text` carries a NIK in any written form (see the rule at the top of this file). */
export function containsNik(text: string): boolean {
  if (!mayHideNik(text, 0, text.length)) return false;
  let hit = false;
  scan(text, 0, text.length, () => {
    hit = true;
    return false;
  });
  return hit;
}

/** The NIK-like runs of `text`, first to last. */
export function findNikRuns(text: string): NikRun[] {
  const runs: NikRun[] = [];
  scan(text, 0, text.length, (start, end) => {
    runs.push({ start, end });
    return true;
  });
  return runs;
}

/** `text` with every NIK-like run, from its first digit to its last, replaced by `mask`. */
export function maskNiks(text: string, mask = '[NIK]'): string {
  return maskRange(text, 0, text.length, mask);
}

function maskRange(text: string, from: number, to: number, mask: string): string {
  let out = '';
  let copied = from;
  scan(text, from, to, (start, end) => {
    out += text.slice(copied, start) + mask;
    copied = end;
    return true;
  });
  return copied === from ? text.slice(from, to) : out + text.slice(copied, to);
}

/**
 * Masks a serialized JSON document (a log line, a problem body): every string is masked as
 * text; a bare number whose integer part has 16 or more digits (or whose mantissa has, in
 * exponent form) becomes the string `"[NIK]"`, so the document stays JSON. The fractional part
 * of an ordinary float (a response time) is left alone. Text that is not JSON is masked whole.
 */
export function maskNiksInJson(json: string): string {
  if (!mayHideNik(json, 0, json.length)) return json;
  const first = json.charCodeAt(0);
  if (first !== 123 /* { */ && first !== 91 /* [ */) return maskNiks(json);
  let out = '';
  let copied = 0;
  let at = 0;
  const length = json.length;
  while (at < length) {
    const c = json.charCodeAt(at);
    if (c === 34 /* " */) {
      let end = at + 1;
      while (end < length) {
        const d = json.charCodeAt(end);
        if (d === 92) end += 2;
        else if (d === 34) break;
        else end++;
      }
      if (end > length) end = length;
      const content = maskRange(json, at + 1, end, '[NIK]');
      if (content !== json.slice(at + 1, end)) {
        out += json.slice(copied, at + 1) + content;
        copied = end;
      }
      at = end + 1;
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      let end = at + (c === 45 ? 1 : 0);
      let integer = 0;
      while (end < length && json.charCodeAt(end) >= 48 && json.charCodeAt(end) <= 57) {
        end++;
        integer++;
      }
      let mantissa = integer;
      if (json.charCodeAt(end) === 46 /* . */) {
        end++;
        while (end < length && json.charCodeAt(end) >= 48 && json.charCodeAt(end) <= 57) {
          end++;
          mantissa++;
        }
      }
      let exponent = false;
      if (json.charCodeAt(end) === 101 || json.charCodeAt(end) === 69) {
        exponent = true;
        end++;
        if (json.charCodeAt(end) === 43 || json.charCodeAt(end) === 45) end++;
        while (end < length && json.charCodeAt(end) >= 48 && json.charCodeAt(end) <= 57) end++;
      }
      if ((exponent ? mantissa : integer) >= NIK_RUN_DIGITS) {
        out += `${json.slice(copied, at)}"[NIK]"`;
        copied = end;
      }
      at = Math.max(end, at + 1);
    } else {
      at++;
    }
  }
  return copied === 0 ? json : out + json.slice(copied);
}

/** Whether a serialized JSON document carries a NIK by the rules of `maskNiksInJson`. */
export const containsNikInJson = (json: string): boolean => maskNiksInJson(json) !== json;

/** The ASCII digits a span of text stands for, read by the same rules (e.g. of a `NikRun`). */
export function digitsOf(text: string, start: number, end: number): string {
  let digits = '';
  let at = start;
  while (at < end) {
    readUnit(text, at);
    if (unitClass >= 0) digits += String.fromCharCode(48 + unitClass);
    at = unitEnd;
  }
  return digits;
}
