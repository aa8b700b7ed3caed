// Reading fields from untrusted JSON or HTML: each helper returns a value of
// the right type or the default, so an old or hand-edited file still loads.
export function stringOr<T extends string | null>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' ? value : fallback;
}

export function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function countOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100000 ? value : fallback;
}

export function oneOf<T extends string>(value: unknown, allowed: ReadonlyArray<T>, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
export function clockOrNull(value: unknown): string | null {
  return typeof value === 'string' && CLOCK.test(value) ? value : null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isoDateOrNull(value: unknown): string | null {
  return typeof value === 'string' && ISO_DATE.test(value) ? value : null;
}

export function newBlockId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
