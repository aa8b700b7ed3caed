// Channels for committees, templates and starting a meeting from them.
// Committees and templates live in main's data folder; the page never names a path.
import { z } from 'zod';
import { committeeSchema } from '../../model/committee';
import { clockTimeSchema } from '../../model/attendance';
import { meetingSchema } from '../../model/meeting';
import { personSchema } from '../../model/person';
import { wordingSnippetListSchema } from '../../model/wording-snippet';
import { lexicalStateSchema } from '../../storage/lexical-state';
import { noInput, type ChannelSpec } from './channel-spec';
import { openOutcomeSchema } from './document-channels';

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  source: z.enum(['shipped', 'own']),
  /** The standing items' titles, in order, with "…" where the items of business go. */
  outline: z.array(z.string()),
});

export const meetingSetupSchema = z.object({
  committees: z.array(committeeSchema),
  templates: z.array(templateSummarySchema),
  /** Templates left out and why (file, field, fix). */
  problems: z.array(z.string()),
});

/** A committee as the page sends it: a new one has no id yet. */
export const committeeDraftSchema = committeeSchema.extend({ id: committeeSchema.shape.id.or(z.literal('')) });

export const agendaItemInputSchema = z.object({
  title: z.string().max(300),
  reportName: z.string().max(300).nullable().optional(),
  exemptParagraph: z.string().max(20).nullable().optional(),
});

export const newMeetingInputSchema = z
  .object({
    committeeId: z.string().min(1, 'choose a committee'),
    templateId: z.string().min(1, 'choose a template'),
    date: z.iso.date('choose the date of the meeting'),
    venue: z.string().max(300),
    /** The contact officer; left out, the committee's. */
    contact: z.string().max(300).optional(),
    startTime: clockTimeSchema,
    title: z.string().max(300).optional(),
    agendaItems: z.array(agendaItemInputSchema).max(200),
    /** True only when the window holds nothing worth keeping. */
    replaceCurrent: z.boolean(),
  })
  .strict();

export const meetingChannels = {
  'meeting/setup': { method: 'meetingSetup', input: noInput, output: meetingSetupSchema },
  'meeting/save-committee': {
    method: 'saveCommittee',
    input: z.object({ committee: committeeDraftSchema }).strict(),
    output: z.object({ committee: committeeSchema }),
  },
  'meeting/new': { method: 'newMeeting', input: newMeetingInputSchema, output: openOutcomeSchema },
  /** The roster as changed during a meeting, kept for the committee's next meetings. */
  'meeting/keep-roster': {
    method: 'keepRosterForCommittee',
    input: z.object({ committeeId: z.string().min(1), roster: z.array(personSchema).max(500) }).strict(),
    output: z.object({ committee: committeeSchema }),
  },
  /** The committee's reusable wording as the clerk edited it, kept for its next meetings. */
  'meeting/keep-snippets': {
    method: 'keepSnippetsForCommittee',
    input: z.object({ committeeId: z.string().min(1).max(64), snippets: wordingSnippetListSchema }).strict(),
    output: z.object({ committee: committeeSchema }),
  },
  'meeting/save-template': {
    method: 'saveMeetingTemplate',
    input: z
      .object({
        name: z.string().trim().min(1, 'give the template a name').max(120),
        description: z.string().max(500),
        meeting: meetingSchema,
        content: lexicalStateSchema,
      })
      .strict(),
    /** replaced: an own template of that name was there; replacesShipped: it now stands in for a shipped one. */
    output: z.object({ id: z.string(), replaced: z.boolean(), replacesShipped: z.boolean() }),
  },
} as const satisfies Record<string, ChannelSpec>;

export type MeetingSetup = z.infer<typeof meetingSetupSchema>;
export type TemplateSummary = z.infer<typeof templateSummarySchema>;
export type CommitteeDraft = z.input<typeof committeeDraftSchema>;
export type NewMeetingInput = z.infer<typeof newMeetingInputSchema>;
