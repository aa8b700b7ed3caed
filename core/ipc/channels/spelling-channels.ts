// The page tells main which words of the open meeting (roster names, glossary
// acronyms) the UK English spellchecker must accept; main owns the dictionary.
import { z } from 'zod';
import type { ChannelSpec } from './channel-spec';

export const spellingChannels = {
  'spelling/accept-words': {
    method: 'acceptSpellingWords',
    input: z.object({ words: z.array(z.string().max(60)).max(2000) }).strict(),
    output: z.object({ accepted: z.number().int() }),
  },
} as const satisfies Record<string, ChannelSpec>;
