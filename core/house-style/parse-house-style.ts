// Reads one house style file. A council edits its copy by hand, so a mistake
// gets a sentence naming the file, the field and the fix (as templates do),
// and the caller keeps the other styles rather than refusing to start.
import type { z } from 'zod';
import { jsonErrorOffset } from '../storage/json-error-offset';
import { fieldPath, fixFor } from '../templates/parse-template';
import { HOUSE_STYLE_FORMAT_VERSION, houseStyleSchema, type HouseStyle } from './house-style-schema';

export type HouseStyleParse = { ok: true; style: HouseStyle } | { ok: false; problem: string };

function describeIssue(fileLabel: string, issue: z.core.$ZodIssue): string {
  const at = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const fields = issue.keys.map((key) => `“${at ? `${at}.` : ''}${key}”`).join(', ');
    return `House style “${fileLabel}”: ${fields} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} of a house style. Fix: check the spelling against docs/house-style.md, or remove ${issue.keys.length === 1 ? 'it' : 'them'}.`;
  }
  if (!at && issue.code === 'invalid_type') {
    return `House style “${fileLabel}” is not a house style: it holds something other than an object in { }. Fix: start from a copy of a shipped style in core/house-style/styles/.`;
  }
  if (at === 'formatVersion' && typeof issue.input === 'number' && issue.input > HOUSE_STYLE_FORMAT_VERSION) {
    return `House style “${fileLabel}” was made for a newer version of Minute Book (format ${issue.input}). Fix: update Minute Book, or use a style made for format ${HOUSE_STYLE_FORMAT_VERSION}.`;
  }
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
  if (issue.code === 'custom') {
    const fix = (issue.params as { fix?: string } | undefined)?.fix ?? 'correct it';
    return `House style “${fileLabel}”: field “${at}” ${issue.message}. Fix: ${fix}.`;
  }
  return `House style “${fileLabel}”: field “${at}” ${missing ? 'is missing' : 'is not right'}. Fix: ${fixFor(issue)}.`;
}

/** Checks a style already read from JSON (a shipped one, or one kept with a committee). */
export function parseHouseStyle(fileLabel: string, json: unknown): HouseStyleParse {
  // With the input in each issue, "missing" and "present but wrong" can be told apart.
  const parsed = houseStyleSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, style: parsed.data };
  return { ok: false, problem: parsed.error.issues.map((issue) => describeIssue(fileLabel, issue)).join(' ') };
}

/** Reads a style file's text as a council saved it. */
export function parseHouseStyleText(fileLabel: string, raw: string): HouseStyleParse {
  // Notepad on Windows saves UTF-8 with a byte order mark, which JSON does not allow.
  const text = raw.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const before = text.slice(0, Math.max(0, jsonErrorOffset(text))).split('\n');
    return {
      ok: false,
      problem: `House style “${fileLabel}” is not valid JSON at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}. Fix: check for a missing comma, quote or bracket there.`,
    };
  }
  return parseHouseStyle(fileLabel, json);
}
