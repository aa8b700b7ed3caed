// Characters a published file cannot hold: XML 1.0 forbids most control
// characters, U+FFFE/U+FFFF and unpaired surrogates, so one of them (pasted
// from another program, or in a hand-edited file) made the DOCX ill-formed and
// Word refused to open it. They carry no meaning in minutes: the layout drops
// them, and the checks say where they were (checkMinutes, 'unpublishable-character').
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPUBLISHABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const UNPUBLISHABLE_TEST = new RegExp(UNPUBLISHABLE.source, 'u');

export function hasUnpublishable(text: string): boolean {
  return UNPUBLISHABLE_TEST.test(text);
}

export function publishable(text: string): string {
  return text.replace(UNPUBLISHABLE, '');
}

/** Every string in plain layout data with those characters dropped (bytes such as a logo are left alone). */
export function publishableData<T>(value: T): T {
  if (typeof value === 'string') return publishable(value) as T;
  if (Array.isArray(value)) return value.map(publishableData) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, publishableData(entry)])) as T;
  }
  return value;
}
