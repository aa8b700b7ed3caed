// What a refusal a clerk reads must never contain: schema paths and Zod's
// phrases, errno codes, temporary paths, JavaScript error names, NaN. Shared
// by the hostile-file tests and `npm run soak`.
export const JARGON: ReadonlyArray<RegExp> = [
  /Invalid (input|option|ISO)/i,
  /expected (string|number|array|object|boolean)/i,
  /Too (big|small):/,
  /\b(E[A-Z]{3,}|ERR_[A-Z_]+)\b/,
  /\.tmp\b/,
  /\b(NaN|undefined|null)\b/,
  /\[object /,
  /\b(Zod|Syntax|Type|Range|Reference)Error\b/,
  /\b\w+\.\d+\.\w+/, // a schema path such as comments.0.anchor
  /Maximum call stack/i,
];

/** The patterns a message breaks (empty when a clerk can read it). */
export function jargonIn(message: string): string[] {
  return JARGON.filter((pattern) => pattern.test(message)).map(String);
}
