// Keeps an acronym the clerk defined in a meeting in its committee's glossary,
// so the next meeting made from the committee starts with it.
import type { glossaryChannels } from '../../../core/ipc/channels/glossary-channels';
import type { InputOf } from '../../../core/ipc/contract';
import { withDefinition } from '../../../core/text/acronyms';
import { committeeStoreFor } from '../meetings/committee-store';
import type { HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup } from '../ports/handler-types';

export function createGlossaryHandlers(deps: HandlerDeps) {
  const committees = committeeStoreFor(deps);

  async function keepGlossaryEntryForCommittee(input: InputOf<'glossary/keep-for-committee'>): Promise<{ kept: boolean }> {
    const entry = { acronym: input.entry.acronym.trim(), meaning: input.entry.meaning.trim() };
    const kept = await committees.update(input.committeeId, (committee) => ({ ...committee, glossary: withDefinition(committee.glossary, entry) }));
    return { kept: kept !== null };
  }

  return { 'glossary/keep-for-committee': keepGlossaryEntryForCommittee } satisfies HandlerGroup<keyof typeof glossaryChannels>;
}
