// Adds the open meeting's own words (roster names, glossary acronyms) to the
// spellchecker's dictionary. The page decides which words a meeting has
// (core/text/spelling-words.ts); main takes only single dictionary words from
// it, so the page cannot put phrases or markup into the user's dictionary.
import type { spellingChannels } from '../../../core/ipc/channels/spelling-channels';
import type { InputOf } from '../../../core/ipc/contract';
import { isDictionaryWord } from '../../../core/text/spelling-words';
import { checkDictionaryRoom } from '../limits/app-limits';
import type { HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup } from '../ports/handler-types';

export function createSpellingHandlers(deps: HandlerDeps) {
  // The dictionary lasts as long as the app; each word goes to it once.
  const given = new Set<string>();

  async function acceptSpellingWords(input: InputOf<'spelling/accept-words'>): Promise<{ accepted: number }> {
    const dictionary = deps.spelling;
    const fresh = [...new Set(input.words.map((word) => word.trim()))].filter((word) => isDictionaryWord(word) && !given.has(word));
    checkDictionaryRoom(given.size, fresh.length);
    if (fresh.length > 0) dictionary.addWords(fresh);
    for (const word of fresh) given.add(word);
    return { accepted: fresh.length };
  }

  return { 'spelling/accept-words': acceptSpellingWords } satisfies HandlerGroup<keyof typeof spellingChannels>;
}
