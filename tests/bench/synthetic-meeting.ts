// A synthetic meeting for the page benchmarks: about 1,000 words per agenda
// item, so the default 40 items is a 4-hour meeting of about 40,000 words in
// about 400 blocks, built from the same block shapes the editor saves (agenda
// items, discussion, declarations, resolutions, votes, actions, the close).
import { agendaItemJson, paragraphJson, textJson } from '../../core/minutes/serialized-nodes';
import { createEmptyMinutesDocument, type MinutesDocument } from '../../core/storage/minutes-document';

const VOCABULARY = (
  'the committee considered the report of the executive director and members asked about recruitment retention caseloads ' +
  'agency workers the improvement plan ofsted monitoring visits and the budget position councillor tariq explained that ' +
  'jeanette richards would provide further detail on the housing needs of care leavers and the communication strategy'
).split(' ');

function words(count: number, seed: number): string {
  const out: string[] = [];
  for (let index = 0; index < count; index++) out.push(VOCABULARY[(seed * 7 + index * 13) % VOCABULARY.length]!);
  const sentence = out.join(' ');
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

const element = { version: 1, direction: 'ltr', format: '', indent: 0 } as const;

export interface SyntheticMeeting {
  document: MinutesDocument;
  agendaItems: number;
  /** Every block's text, in order, for the bare contenteditable baseline. */
  texts: string[];
  wordCount: number;
}

/** About `wordTarget` words (each agenda item holds about 1,000). */
export function syntheticMeetingOfWords(wordTarget: number): SyntheticMeeting {
  return syntheticMeeting(Math.max(1, Math.round(wordTarget / 1000)));
}

export function syntheticMeeting(items = 40, paragraphsPerItem = 8, wordsPerParagraph = 122): SyntheticMeeting {
  const children: unknown[] = [];
  const texts: string[] = [];
  let wordCount = 0;
  const push = (node: object, text: string) => {
    children.push(node);
    texts.push(text);
    wordCount += text.split(/\s+/).filter(Boolean).length;
  };
  for (let item = 0; item < items; item++) {
    const title = `ITEM ${item + 1} ${words(4, item).toUpperCase()}`;
    push(agendaItemJson({ itemId: `item-${item}`, title }), title);
    for (let paragraph = 0; paragraph < paragraphsPerItem; paragraph++) {
      const text = words(wordsPerParagraph, item * 31 + paragraph);
      push(paragraphJson(text), text);
    }
    const agreed = 'It was agreed:';
    push({ type: 'resolutions-heading', ...element, children: [textJson(agreed)] }, agreed);
    const resolution = words(16, item);
    push({ type: 'resolution', ...element, children: [textJson(resolution)] }, resolution);
    if (item % 4 === 0) {
      const action = words(12, item + 3);
      push(
        {
          type: 'action',
          ...element,
          children: [textJson(action)],
          actionId: `action-${item}`,
          ownerId: null,
          ownerName: 'Jeanette Richards',
          due: '2022-04-30',
        },
        action,
      );
    }
  }
  children.push({ type: 'meeting-close', version: 1, chairId: null, chairName: 'Councillor S Wright', startedAt: '17:30', endedAt: '21:30' });
  const document = createEmptyMinutesDocument();
  document.content = {
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: children as MinutesDocument['content']['root']['children'] },
  };
  return { document, agendaItems: items, texts, wordCount };
}
