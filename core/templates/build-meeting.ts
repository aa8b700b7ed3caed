// A new meeting from a committee and a template: the meeting details (roster
// snapshot, numbering, wording, heading layout) and the editor content with the
// standing items and the agenda's items of business already in place.
import { type Committee } from '../model/committee';
import { meetingSchema, type Meeting } from '../model/meeting';
import { snippetKey } from '../model/wording-snippet';
import { readSnippets } from '../minutes/meeting-context';
import { schemeForNextMeeting } from '../model/minute-numbering';
import { agendaItemJson, paragraphJson } from '../minutes/serialized-nodes';
import { cabinetParts } from '../minutes/block-wording';
import type { LexicalState } from '../storage/lexical-state';
import type { MinutesDocument } from '../storage/minutes-document';
import { CURRENT_FORMAT_VERSION } from '../storage/minutes-document';
import type { MeetingTemplate } from './meeting-template';
import type { HouseStyle } from '../house-style/house-style-schema';

export interface AgendaItemInput {
  title: string;
  reportName?: string | null;
  /** Press and public excluded: the Schedule 12A paragraph. */
  exemptParagraph?: string | null;
}

export interface NewMeetingDetails {
  committee: Committee;
  template: MeetingTemplate;
  templateId: string;
  date: string;
  venue: string;
  /** The contact officer for this meeting; left out, the committee's default. */
  contact?: string;
  startTime: string;
  title?: string;
  agendaItems: ReadonlyArray<AgendaItemInput>;
  /** Unique ids for agenda items (the editor keys cross-references on them). */
  newItemId: () => string;
  /**
   * The committee's house style, resolved by the caller from its id (a shipped style or the council's own), or
   * null for none. Copied into the meeting, so its minutes print the same however the style changes later.
   */
  houseStyle?: HouseStyle | null;
}

export interface NewMeeting {
  document: MinutesDocument;
  /** The committee with its running number moved on past this meeting's items. */
  committee: Committee;
}

function cabinetDecisionJson(part: (typeof cabinetParts)[number]) {
  return { type: 'cabinet-decision', version: 1, direction: null, format: '', indent: 0, children: [], part };
}

/** The committee's snippets, less any the template already words the same way. */
function committeeSnippetsBeyond(template: MeetingTemplate, committee: Committee): { snippets?: Committee['snippets'] } {
  const fromTemplate = new Map(readSnippets(template.wording.snippets).map((snippet) => [snippetKey(snippet.name), snippet.text]));
  const snippets = committee.snippets.filter((snippet) => fromTemplate.get(snippetKey(snippet.name)) !== snippet.text);
  return snippets.length > 0 ? { snippets } : {};
}

export function buildMeeting(details: NewMeetingDetails): NewMeeting {
  const { committee, template } = details;
  const children: Array<{ type: string; version: number }> = [];
  let itemCount = 0;
  for (const item of template.items) {
    if (item.kind === 'standing') {
      children.push(agendaItemJson({ itemId: details.newItemId(), title: item.title, standing: item.key }), paragraphJson(item.text));
      itemCount += 1;
      continue;
    }
    for (const agendaItem of details.agendaItems) {
      const title = agendaItem.title.trim();
      if (!title) continue;
      children.push(
        agendaItemJson({
          itemId: details.newItemId(),
          title,
          reportName: agendaItem.reportName?.trim() || null,
          exemptParagraph: agendaItem.exemptParagraph?.trim() || null,
        }),
        paragraphJson(''),
      );
      if (template.businessItemEnding === 'cabinet-decision') children.push(...cabinetParts.map(cabinetDecisionJson));
      itemCount += 1;
    }
  }
  if (children.length === 0) children.push(paragraphJson(''));

  const numbering = template.numbering === 'plain' ? ({ kind: 'plain' } as const) : schemeForNextMeeting(committee, details.date);
  const meeting: Meeting = meetingSchema.parse({
    councilName: committee.councilName,
    committeeName: committee.name,
    title: details.title?.trim() || committee.name,
    date: details.date,
    venue: details.venue,
    // Left out when none, so a meeting with no contact reads as one made before meetings had one.
    ...((details.contact ?? committee.defaultContact ?? '').trim() ? { contact: (details.contact ?? committee.defaultContact ?? '').trim() } : {}),
    // Only a committee meeting held before this one is "the previous meeting".
    previousMeetingDate: committee.lastMeetingDate !== '' && committee.lastMeetingDate < details.date ? committee.lastMeetingDate : undefined,
    committeeId: committee.id,
    templateId: details.templateId,
    startTime: details.startTime,
    numbering,
    roster: committee.roster.filter((person) => !person.retired),
    quorum: committee.quorum,
    glossary: committee.glossary,
    wording: template.wording,
    // The committee's own wording, beside the template's (meetingSnippets offers each name once).
    ...committeeSnippetsBeyond(template, committee),
    headingLayout: template.heading,
    // Left out when none, so the meeting reads as one made before committees chose a house style.
    ...(committee.houseStyleId ? { houseStyleId: committee.houseStyleId } : {}),
    ...(committee.houseStyleId && details.houseStyle ? { houseStyle: details.houseStyle } : {}),
  });
  const movedOn =
    numbering.kind === 'prefixed'
      ? { ...committee, lastMinuteNumber: numbering.firstNumber + itemCount - 1, lastMeetingDate: details.date }
      : { ...committee, lastMeetingDate: details.date };
  return {
    document: {
      formatVersion: CURRENT_FORMAT_VERSION,
      meeting,
      content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: children as LexicalState['root']['children'] } },
    },
    committee: movedOn,
  };
}
