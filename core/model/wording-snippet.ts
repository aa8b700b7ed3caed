// A committee's reusable wording ("The minutes of the meeting held on
// {previous date} were approved…"), as the committee keeps it and a meeting
// carries it. Names identify a snippet in the slash menu, so a list never holds
// two of the same name; where lists meet (template, committee, meeting) the
// nearer one's wording replaces the further one's.
import { z } from 'zod';

export const SNIPPET_NAME_MAX = 80;
export const SNIPPET_TEXT_MAX = 2000;
export const SNIPPETS_MAX = 200;

export const wordingSnippetSchema = z.looseObject({
  name: z.string().trim().min(1, 'each piece of wording needs a name').max(SNIPPET_NAME_MAX, `a name can be at most ${SNIPPET_NAME_MAX} characters`),
  // Not trimmed: wording may end in a space on purpose ("… explained that ").
  text: z
    .string()
    .max(SNIPPET_TEXT_MAX, `wording can be at most ${SNIPPET_TEXT_MAX} characters`)
    .refine((text) => text.trim().length > 0, 'each piece of wording needs some text'),
});

export type WordingSnippet = z.infer<typeof wordingSnippetSchema>;

export const snippetKey = (name: string): string => name.trim().toLowerCase();

export const wordingSnippetListSchema = z
  .array(wordingSnippetSchema)
  .max(SNIPPETS_MAX, `a committee can keep at most ${SNIPPETS_MAX} pieces of wording`)
  .superRefine((snippets, context) => {
    const seen = new Set<string>();
    for (const snippet of snippets) {
      const key = snippetKey(snippet.name);
      if (seen.has(key)) context.addIssue({ code: 'custom', message: `two pieces of wording are called “${snippet.name.trim()}”; give each its own name` });
      seen.add(key);
    }
  });

/**
 * The lists as one, each name once: a later list's snippet replaces an earlier
 * one of the same name where the earlier one stood; new names follow in order.
 */
export function mergeSnippets<T extends { name: string; text: string }>(...lists: ReadonlyArray<ReadonlyArray<T>>): T[] {
  const merged = new Map<string, T>();
  for (const list of lists) for (const snippet of list) merged.set(snippetKey(snippet.name), snippet);
  return [...merged.values()];
}

/** The first problem with a list as a sentence naming the snippet, or null when it can be kept. */
export function snippetListProblem(snippets: ReadonlyArray<{ name: string; text: string }>): string | null {
  const parsed = wordingSnippetListSchema.safeParse(snippets);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const index = typeof issue.path[0] === 'number' ? issue.path[0] : null;
  const name = index === null ? '' : snippets[index]?.name.trim();
  const where = index === null ? '' : name ? `“${name}”: ` : `Wording ${index + 1}: `;
  return `${where}${issue.message.charAt(0).toUpperCase()}${issue.message.slice(1)}.`;
}
