// Chromium prints the running header and footer (the @page margin boxes) as
// page content outside any marked-content sequence: neither tagged nor an
// artifact, which PDF/UA-1 (7.1) forbids, and a screen reader may read
// "Cabinet, 13 April 2022 … Page 1 of 3" in the middle of the minutes. Every
// painting object at the top level of a page's content (a text object, a
// path, an image or shading) is therefore wrapped as /Artifact BMC … EMC;
// everything already inside a marked-content sequence is left as it is.
// A small tokenizer is enough: only operators, strings, names, arrays,
// dictionaries and inline images need telling apart.

const PATH_START = new Set(['m', 're']);
const PATH_PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
const SINGLE_PAINT = new Set(['Do', 'sh']);

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0c || code === 0x00;
const isDelimiter = (code: number) => '()<>[]{}/%'.includes(String.fromCharCode(code));

interface Token {
  start: number;
  end: number;
  operator: string | null;
}

function* tokens(bytes: Uint8Array): Generator<Token> {
  let at = 0;
  const length = bytes.length;
  while (at < length) {
    const code = bytes[at]!;
    if (isSpace(code)) {
      at += 1;
      continue;
    }
    const start = at;
    if (code === 0x25 /* % */) {
      while (at < length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at += 1;
      continue;
    }
    if (code === 0x28 /* ( */) {
      let depth = 0;
      for (; at < length; at += 1) {
        const char = bytes[at]!;
        if (char === 0x5c /* \ */) at += 1;
        else if (char === 0x28) depth += 1;
        else if (char === 0x29 && --depth === 0) break;
      }
      at += 1;
      yield { start, end: at, operator: null };
      continue;
    }
    if (code === 0x3c /* < */ || code === 0x3e /* > */ || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d) {
      if (code === 0x3c && bytes[at + 1] !== 0x3c) {
        while (at < length && bytes[at] !== 0x3e) at += 1;
      } else if ((code === 0x3c || code === 0x3e) && bytes[at + 1] === code) {
        at += 1;
      }
      at += 1;
      yield { start, end: at, operator: null };
      continue;
    }
    if (code === 0x2f /* / */) at += 1;
    while (at < length && !isSpace(bytes[at]!) && !isDelimiter(bytes[at]!)) at += 1;
    const word = new TextDecoder('latin1').decode(bytes.subarray(start, at));
    const operator = code !== 0x2f && /^[A-Za-z'"][A-Za-z0-9*'"]*$/.test(word) && word !== 'true' && word !== 'false' && word !== 'null' ? word : null;
    if (operator === 'ID') {
      // Inline image data runs to "EI" after white space; it is binary and must not be tokenised.
      let end = at + 1;
      while (
        end < length - 1 &&
        !(bytes[end] === 0x45 && bytes[end + 1] === 0x49 && isSpace(bytes[end - 1]!) && (end + 2 >= length || isSpace(bytes[end + 2]!)))
      )
        end += 1;
      at = end + 2;
      yield { start, end: at, operator: 'EI' };
      continue;
    }
    yield { start, end: at, operator };
  }
}

/** Where to wrap: [start, end) byte ranges of top-level painting objects, in order. */
function untaggedObjects(bytes: Uint8Array): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let depth = 0;
  let operandStart: number | null = null;
  let objectStart: number | null = null;
  let inText = false;
  let inPath = false;
  for (const token of tokens(bytes)) {
    if (token.operator === null) {
      operandStart ??= token.start;
      continue;
    }
    const begin = operandStart ?? token.start;
    operandStart = null;
    const op = token.operator;
    if (op === 'BDC' || op === 'BMC') depth += 1;
    else if (op === 'EMC') depth = Math.max(0, depth - 1);
    if (depth > 0 || op === 'EMC') continue;
    if (op === 'BT') {
      inText = true;
      objectStart = begin;
    } else if (op === 'ET' && inText) {
      inText = false;
      ranges.push([objectStart!, token.end]);
    } else if (!inText && PATH_START.has(op) && !inPath) {
      inPath = true;
      objectStart = begin;
    } else if (inPath && PATH_PAINT.has(op)) {
      inPath = false;
      ranges.push([objectStart!, token.end]);
    } else if (!inText && !inPath && (SINGLE_PAINT.has(op) || op === 'BI' || op === 'EI')) {
      if (op === 'BI') objectStart = begin;
      else ranges.push([op === 'EI' ? (objectStart ?? begin) : begin, token.end]);
    }
  }
  return ranges;
}

/** The content stream with every top-level painting object marked as an artifact; unchanged when there is none. */
export function markUntaggedAsArtifacts(bytes: Uint8Array): Uint8Array {
  const ranges = untaggedObjects(bytes);
  if (ranges.length === 0) return bytes;
  const open = new TextEncoder().encode('/Artifact BMC\n');
  const close = new TextEncoder().encode('\nEMC\n');
  const out = new Uint8Array(bytes.length + ranges.length * (open.length + close.length));
  let read = 0;
  let write = 0;
  for (const [start, end] of ranges) {
    out.set(bytes.subarray(read, start), write);
    write += start - read;
    out.set(open, write);
    write += open.length;
    out.set(bytes.subarray(start, end), write);
    write += end - start;
    out.set(close, write);
    write += close.length;
    read = end;
  }
  out.set(bytes.subarray(read), write);
  write += bytes.length - read;
  return out.subarray(0, write);
}
