// A date from a Word file as an ISO date-time, or null. Word writes
// "2022-03-23T17:30:00Z"; a date a file makes up (year −271821, year 20000,
// "yesterday") is treated as no date at all, so one odd comment never stops
// a whole import.
export function wordDate(value: string | undefined): string | null {
  if (!value) return null;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return null;
  const year = parsed.getUTCFullYear();
  return year >= 1900 && year <= 9999 ? parsed.toISOString() : null;
}
