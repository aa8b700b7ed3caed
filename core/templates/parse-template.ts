// Reads one template file. A council edits these by hand, so a mistake gets a
// sentence naming the file, the field and the fix, and the caller carries on
// with the other templates rather than refusing to start.
import type { z } from 'zod';
import { jsonErrorOffset } from '../storage/json-error-offset';
import { meetingTemplateSchema, type MeetingTemplate } from './meeting-template';

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

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `add it, as ${typeWords[issue.expected] ?? issue.expected}` : `make it ${typeWords[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `use one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'give "kind" as "standing" or "business"';
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
      return `change it: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
    default:
      return `change it: ${issue.message}`;
  }
}

function describeIssue(fileLabel: string, issue: z.core.$ZodIssue): string {
  const field = fieldPath(issue.path) || 'the whole file';
  const what = issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.code === 'custom' ? issue.message : 'is not right';
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
  const parsed = meetingTemplateSchema.safeParse(json);
  if (parsed.success) return { ok: true, template: parsed.data };
  return { ok: false, problem: parsed.error.issues.map((issue) => describeIssue(fileLabel, issue)).join(' ') };
}

/** The id a template file gets from its name: "parish-council.json" → "parish-council". */
export function templateIdOf(fileName: string): string | null {
  const match = /^([a-z0-9][a-z0-9-]{0,63})\.json$/.exec(fileName);
  return match ? match[1]! : null;
}
