// Reads one template file. A council edits these by hand, so a mistake gets a
// sentence naming the file, the field and the fix, and the caller carries on
// with the other templates rather than refusing to start.
import type { z } from 'zod';
import { jsonErrorOffset } from '../storage/json-error-offset';
import { meetingTemplateSchema, TEMPLATE_FORMAT_VERSION, type MeetingTemplate } from './meeting-template';

export type TemplateParse = { ok: true; template: MeetingTemplate } | { ok: false; problem: string };

/** "items[2].title" from ['items', 2, 'title']. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

const typeWords: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'an object in { }',
};

/** The fix, in words a council officer editing the file by hand can follow (house styles use it too). */
export function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `add it, as ${typeWords[issue.expected] ?? issue.expected}` : `make it ${typeWords[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `set it to ${JSON.stringify(issue.values[0])}`
        : `use one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'give "kind" as "standing" or "business"';
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'write something in it: it may not be empty' : `make it at least ${issue.minimum} characters long`;
      return `make it at least ${issue.minimum}${issue.origin === 'array' ? ' entries long' : ''}`;
    case 'too_big':
      if (issue.origin === 'string') return `shorten it to ${issue.maximum} characters or fewer`;
      return `make it at most ${issue.maximum}${issue.origin === 'array' ? ' entries long' : ''}`;
    case 'invalid_format':
      return `change it: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
    default:
      return `change it: ${issue.message}`;
  }
}

function describeIssue(fileLabel: string, issue: z.core.$ZodIssue): string {
  if (issue.path.length === 0 && issue.code === 'invalid_type') {
    return `Template “${fileLabel}” is not a template: it holds ${Array.isArray(issue.input) ? 'a list' : 'something else'} where an object in { } with "formatVersion", "name" and "items" belongs. Fix: start from a copy of templates/blank.json.`;
  }
  const field = fieldPath(issue.path) || 'the whole file';
  if (field === 'formatVersion' && typeof issue.input === 'number' && issue.input > TEMPLATE_FORMAT_VERSION) {
    return `Template “${fileLabel}” was made for a newer version of Minute Book (format ${issue.input}). Fix: update Minute Book, or use a template made for this version (format ${TEMPLATE_FORMAT_VERSION}).`;
  }
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
  const what = missing ? 'is missing' : issue.code === 'custom' ? issue.message : 'is not right';
  const fix = issue.code === 'custom' ? 'correct it and reopen the New meeting dialog' : fixFor(issue);
  return `Template “${fileLabel}”: field “${field}” ${what}. Fix: ${fix}.`;
}

export function parseTemplateText(fileLabel: string, raw: string): TemplateParse {
  // Notepad on Windows saves UTF-8 with a byte order mark, which JSON does not allow.
  const text = raw.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const offset = Math.max(0, jsonErrorOffset(text));
    const before = text.slice(0, offset).split('\n');
    return {
      ok: false,
      problem: `Template “${fileLabel}” is not valid JSON at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}. Fix: check for a missing comma, quote or bracket there.`,
    };
  }
  // With the input in each issue, "missing" and "present but wrong" can be told apart.
  const parsed = meetingTemplateSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, template: parsed.data };
  return { ok: false, problem: parsed.error.issues.map((issue) => describeIssue(fileLabel, issue)).join(' ') };
}

/** The id a template file gets from its name: "parish-council.json" → "parish-council". */
export function templateIdOf(fileName: string): string | null {
  const match = /^([a-z0-9][a-z0-9-]{0,63})\.json$/.exec(fileName);
  return match ? match[1]! : null;
}
