// The glossary of acronyms belongs to the committee: an acronym the clerk
// defines during a meeting is kept for the committee's next meetings too.
import { z } from 'zod';
import { glossaryEntrySchema } from '../../model/meeting';
import type { ChannelSpec } from './channel-spec';

export const glossaryChannels = {
  'glossary/keep-for-committee': {
    method: 'keepGlossaryEntryForCommittee',
    input: z.object({ committeeId: z.string().min(1).max(64), entry: glossaryEntrySchema }).strict(),
    /** kept: false when the committee is no longer set up (the meeting's own glossary still has the entry). */
    output: z.object({ kept: z.boolean() }),
  },
} as const satisfies Record<string, ChannelSpec>;
