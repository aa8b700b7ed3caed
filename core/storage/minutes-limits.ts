// The one set of limits on a .minutes file, applied when a file is read and
// again before one is written, so Minute Book never writes a file it would
// then refuse to open. They are far above any real meeting (the largest real
// minutes are a few hundred kilobytes, nested a dozen levels) and far below
// what would hurt: JSON.stringify overflows its stack past about 2,200 levels,
// the structured clone that carries a document to the page past about 1,100,
// and millions of keys take seconds to read and every autosave to write.
export const MINUTES_LIMITS = {
  bytes: 64 * 1024 * 1024,
  depth: 200,
  keysPerObject: 1_000,
  itemsPerList: 200_000,
  stringCharacters: 4 * 1024 * 1024,
  values: 4_000_000,
} as const;

const count = (n: number) => n.toLocaleString('en-GB');

/** The first limit the JSON text breaks, in words, or null. One pass over the text, no parsing, no recursion. */
export function minutesTextProblem(text: string): string | null {
  // For each open object or array: how many members it has so far (a member starts at the first non-space character).
  const members: number[] = [];
  const isObject: boolean[] = [];
  let started = false;
  let values = 0;
  let stringStart = -1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (stringStart >= 0) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) {
        if (index - stringStart > MINUTES_LIMITS.stringCharacters) return tooLong();
        stringStart = -1;
      }
      continue;
    }
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) continue;
    const depth = members.length;
    if (depth > 0 && !started && code !== 0x5d && code !== 0x7d) {
      members[depth - 1] = 1;
      started = true;
      const problem = memberProblem(members[depth - 1]!, isObject[depth - 1]!);
      if (problem) return problem;
    }
    if (code === 0x22) {
      stringStart = index;
    } else if (code === 0x7b || code === 0x5b) {
      if (depth + 1 > MINUTES_LIMITS.depth) return tooDeep();
      members.push(0);
      isObject.push(code === 0x7b);
      started = false;
      values += 1;
    } else if (code === 0x7d || code === 0x5d) {
      members.pop();
      isObject.pop();
      started = true;
    } else if (code === 0x2c && depth > 0) {
      members[depth - 1]! += 1;
      const problem = memberProblem(members[depth - 1]!, isObject[depth - 1]!);
      if (problem) return problem;
    } else if (code !== 0x3a) {
      values += 1;
    }
    if (values > MINUTES_LIMITS.values) return tooMany();
  }
  if (stringStart >= 0 && text.length - stringStart > MINUTES_LIMITS.stringCharacters) return tooLong();
  return null;
}

/** The same limits over a document already in memory (before it is written). Iterative, so depth cannot overflow the stack. */
export function minutesValueProblem(value: unknown): string | null {
  // Two plain stacks rather than one of objects: this runs before every autosave.
  const pending: unknown[] = [value];
  const depths: number[] = [1];
  let values = 0;
  while (pending.length > 0) {
    const next = pending.pop();
    const depth = depths.pop()!;
    values += 1;
    if (typeof next === 'string') {
      if (next.length > MINUTES_LIMITS.stringCharacters) return tooLong();
      continue;
    }
    if (typeof next !== 'object' || next === null) continue;
    if (depth > MINUTES_LIMITS.depth) return tooDeep();
    let size = 0;
    if (Array.isArray(next)) {
      for (const child of next) {
        pending.push(child);
        depths.push(depth + 1);
      }
      size = next.length;
    } else {
      for (const key in next) {
        if (!Object.hasOwn(next, key)) continue;
        pending.push((next as Record<string, unknown>)[key]);
        depths.push(depth + 1);
        size += 1;
      }
    }
    const problem = memberProblem(size, !Array.isArray(next));
    if (problem) return problem;
    if (values + pending.length > MINUTES_LIMITS.values) return tooMany();
  }
  return null;
}

function memberProblem(size: number, isObject: boolean): string | null {
  if (isObject && size > MINUTES_LIMITS.keysPerObject)
    return `one part of it has more than ${count(MINUTES_LIMITS.keysPerObject)} named fields, far more than any minutes`;
  if (!isObject && size > MINUTES_LIMITS.itemsPerList)
    return `one list in it has more than ${count(MINUTES_LIMITS.itemsPerList)} entries, far more than any minutes`;
  return null;
}

const tooDeep = () => `its contents are nested more than ${count(MINUTES_LIMITS.depth)} levels deep, far deeper than any minutes`;
const tooLong = () => `one piece of text in it is longer than ${count(MINUTES_LIMITS.stringCharacters)} characters, far longer than any minutes`;
const tooMany = () => `it holds more than ${count(MINUTES_LIMITS.values)} separate pieces, far more than any minutes`;

/** A size in megabytes for a sentence: "69.0 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
