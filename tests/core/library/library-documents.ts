// Minutes documents for the library's tests and benchmark: a committee's
// meeting with items whose blocks are given as plain data, saved in the exact
// JSON shapes the editor writes (core/minutes/serialized-nodes.ts).
import { meetingSchema } from '../../../core/model/meeting';
import { agendaItemJson, paragraphJson } from '../../../core/minutes/serialized-nodes';
import { CURRENT_FORMAT_VERSION, serializeMinutesDocument, type MinutesDocument } from '../../../core/storage/minutes-document';
import type { LexicalState } from '../../../core/storage/lexical-state';
import { element } from '../../fixtures/export/lexical-builders';

export type TestBlock =
  | { kind: 'text'; text: string }
  | { kind: 'resolution'; text: string }
  | { kind: 'action'; text: string; owner: string; due?: string; actionId?: string }
  | { kind: 'declaration'; member: string; text: string };

export interface TestMeeting {
  committeeId: string;
  committeeName: string;
  date: string;
  /** Prefixed numbering ("CA", 119) or plain when omitted. */
  prefix?: string;
  firstNumber?: number;
  items: Array<{ title: string; itemId?: string; standing?: string; blocks: TestBlock[] }>;
  previousMeetingDate?: string;
  templateId?: string;
}

export function testMinutes(meeting: TestMeeting): MinutesDocument {
  const children: unknown[] = [];
  meeting.items.forEach((item, index) => {
    children.push(agendaItemJson({ itemId: item.itemId ?? `item-${index + 1}`, title: item.title, standing: item.standing ?? null }));
    for (const block of item.blocks) {
      if (block.kind === 'text') children.push(paragraphJson(block.text));
      else if (block.kind === 'resolution') children.push(element('resolution', block.text));
      else if (block.kind === 'action') {
        children.push(
          element('action', block.text, {
            actionId: block.actionId ?? `action-${index + 1}-${children.length}`,
            ownerId: null,
            ownerName: block.owner,
            due: block.due ?? null,
          }),
        );
      } else {
        children.push(element('declaration', block.text, { memberId: null, memberName: block.member, kind: 'personal', itemId: null, leftRoom: false }));
      }
    }
  });
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    meeting: meetingSchema.parse({
      councilName: 'Gotham Parish Council',
      committeeName: meeting.committeeName,
      title: meeting.committeeName,
      date: meeting.date,
      venue: 'Village Hall',
      committeeId: meeting.committeeId,
      templateId: meeting.templateId ?? '',
      ...(meeting.previousMeetingDate ? { previousMeetingDate: meeting.previousMeetingDate } : {}),
      numbering: meeting.prefix ? { kind: 'prefixed', prefix: meeting.prefix, firstNumber: meeting.firstNumber ?? 1 } : { kind: 'plain' },
    }),
    content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: children as LexicalState['root']['children'] } },
  };
}

export function testMinutesText(meeting: TestMeeting): string {
  return serializeMinutesDocument(testMinutes(meeting));
}
