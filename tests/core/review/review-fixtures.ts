// Builds small minutes documents as the editor saves them, for review tests.
import { agendaItemJson, paragraphJson, textJson } from '../../../core/minutes/serialized-nodes';
import type { LexicalState } from '../../../core/storage/lexical-state';
import { createEmptyMinutesDocument, type MinutesDocument } from '../../../core/storage/minutes-document';

export type Part = { item: string; title: string } | string | { runs: Array<[string, number]> };

/** `{item, title}` starts an agenda item; a string is a paragraph; runs are formatted text nodes. */
export function contentOf(parts: Part[]): LexicalState {
  const children = parts.map((part) => {
    if (typeof part === 'string') return paragraphJson(part);
    if ('item' in part) return agendaItemJson({ itemId: part.item, title: part.title });
    const paragraph = paragraphJson('');
    return { ...paragraph, direction: 'ltr' as const, children: part.runs.map(([text, format]) => textJson(text, format)) };
  });
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: children as unknown as LexicalState['root']['children'] } };
}

export function documentOf(parts: Part[], meeting: Partial<MinutesDocument['meeting']> = {}): MinutesDocument {
  const document = createEmptyMinutesDocument();
  return { ...document, meeting: { ...document.meeting, committeeName: 'Cabinet', date: '2022-03-23', ...meeting }, content: contentOf(parts) };
}

export const cabinetMinutes: Part[] = [
  { item: 'a1', title: 'Apologies for absence' },
  'Apologies were received from Councillor Smith.',
  { item: 'a2', title: 'Housing revenue account' },
  'The Cabinet Member for Housing presented the report on rent levels for 2022/23.',
  'Members asked whether the increase would affect tenants on universal credit.',
  { item: 'a3', title: 'Urgent business' },
  'There was no urgent business.',
];
