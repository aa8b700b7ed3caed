// The plain text of minutes blocks, in reading order: what the acronym and
// name checks and the glossary appendix search.
import type { MinuteBlock, RichText } from '../minutes/minutes-model';

export function richPlain(text: RichText): string {
  return text.map((run) => run.text).join('');
}

/** Each piece of text a block holds, one string per paragraph-like part. */
export function blockTexts(block: MinuteBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [richPlain(block.text)];
    case 'heading':
      return [richPlain(block.text)];
    case 'list':
      return [...block.items, ...(block.sublists ?? []).flatMap((sublist) => sublist.items)].map(richPlain);
    case 'apologies':
      return block.entries.map((entry) => `${entry.person.name} ${entry.reason}`);
    case 'declarations':
      return block.entries.map((entry) => `${entry.member.name} ${richPlain(entry.reason)}`);
    case 'question':
      return [richPlain(block.question), richPlain(block.response)];
    case 'resolutions':
      return block.resolutions.map(richPlain);
    case 'cabinet-decision':
      return [...block.decision, ...block.reasons, ...block.alternatives].map(richPlain);
    case 'vote':
      return [richPlain(block.vote.motion)];
    case 'action':
      return [richPlain(block.action.description)];
    case 'withdrawal':
      return [`${block.member?.name ?? ''} ${richPlain(block.reason)}`.trim()];
    case 'motion':
      return [block.moved.motion, ...block.amendments.map((amendment) => amendment.motion), ...block.resolution].map(richPlain);
    case 'planning-application': {
      const { reference, site, proposal, applicant, ward } = block.application;
      return [reference, site, richPlain(proposal), applicant, ward].filter(Boolean);
    }
    case 'planning-speaker':
      return [`${block.speaker?.name ?? ''} ${richPlain(block.said)}`.trim()];
    case 'planning-decision':
      return [
        ...(block.motion ? [block.motion.moved.motion, ...block.motion.amendments.map((amendment) => amendment.motion)] : []),
        block.wording,
        ...block.conditions,
        ...block.reasons,
      ].map(richPlain);
    case 'no-questions':
    case 'no-urgent-business':
      return [];
  }
}
