import { describe, expect, it } from 'vitest';
import { createEmptyMinutesDocument, serializeMinutesDocument } from '../../core/storage/minutes-document';
import { MAX_MINUTES_FILE_BYTES, parseMinutesFile } from '../../core/storage/parse-minutes-file';
import { agendaItemJson, paragraphJson } from '../fixtures/lexical-json';

const encode = (text: string) => new TextEncoder().encode(text);

function problemOf(bytes: Uint8Array): string {
  const outcome = parseMinutesFile(bytes);
  if (outcome.ok) throw new Error('expected the file to be refused');
  return outcome.problem;
}

describe('parseMinutesFile', () => {
  it('reads back what serializeMinutesDocument wrote', () => {
    const document = createEmptyMinutesDocument();
    document.meeting.title = 'Children and Young People Scrutiny Committee';
    const outcome = parseMinutesFile(encode(serializeMinutesDocument(document)));
    expect(outcome).toEqual({ ok: true, document });
  });

  it('keeps fields it does not know, so newer files survive a round trip', () => {
    const document = { ...createEmptyMinutesDocument(), reviewComments: [{ id: 'c1', text: 'Check spelling' }] };
    const outcome = parseMinutesFile(encode(JSON.stringify(document)));
    expect(outcome.ok && outcome.document).toMatchObject({ reviewComments: [{ id: 'c1', text: 'Check spelling' }] });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['binary data', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'binary data'],
    ['text that is not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not UTF-8'],
    ['a file cut short', encode('{"formatVersion":1,"meeting":{"title":"Budg'), 'cut short'],
    ['garbage in the middle', encode('{"formatVersion":1,\n  "meeting": nope}'), 'line 2, column 15'],
    ['a JSON array', encode('[1,2,3]'), 'does not hold a document object'],
    ['JSON with no format version', encode('{"meeting":{}}'), 'no formatVersion'],
    ['a file from a newer Minute Book', encode('{"formatVersion":99}'), 'newer version of Minute Book (file format 99'],
    [
      'a document with a bad date',
      encode(JSON.stringify({ ...createEmptyMinutesDocument(), meeting: { ...createEmptyMinutesDocument().meeting, date: '23/03/2022' } })),
      'meeting.date',
    ],
    ['content without a root', encode(JSON.stringify({ ...createEmptyMinutesDocument(), content: {} })), 'content.root'],
  ])('refuses %s with a reason', (_name, bytes, expected) => {
    expect(problemOf(bytes)).toContain(expected);
  });

  // Read as it stands, an agenda item heading inside another block is words of the item before it: an exempt item's
  // title and text would reach the public version. Minute Book never writes one (the editor's agenda sections are
  // flattened before any save), so such minutes are refused rather than read.
  it.each([
    [
      'inside a container the editor uses for itself',
      (item: unknown) => ({ type: 'agenda-section', version: 1, children: [item, paragraphJson('SECRET words.')] }),
    ],
    [
      'inside the editor’s two containers, a part and its section',
      (item: unknown) => ({
        type: 'agenda-part',
        version: 1,
        children: [{ type: 'agenda-section', version: 1, children: [item, paragraphJson('SECRET words.')] }],
      }),
    ],
    ['deep in a list', (item: unknown) => ({ type: 'list', version: 1, listType: 'bullet', children: [{ type: 'listitem', version: 1, children: [item] }] })],
  ])('refuses minutes with an agenda item heading %s, so an exempt item cannot pass as public words', (_name, wrap) => {
    const exempt = { ...agendaItemJson('secret', 'Secret item'), exemptParagraph: '3' };
    const content = { root: { type: 'root', version: 1, children: [agendaItemJson('public', 'Public item'), paragraphJson('Public words.'), wrap(exempt)] } };
    const problem = problemOf(encode(JSON.stringify({ ...createEmptyMinutesDocument(), content })));
    expect(problem).toContain('the minutes text');
    // The same headings at the top level, as Minute Book writes them, are read.
    const flat = { root: { ...content.root, children: [...content.root.children.slice(0, 2), exempt, paragraphJson('SECRET words.')] } };
    expect(parseMinutesFile(encode(JSON.stringify({ ...createEmptyMinutesDocument(), content: flat }))).ok).toBe(true);
  });

  it('refuses a file larger than the limit without decoding it', () => {
    const huge = new Uint8Array(MAX_MINUTES_FILE_BYTES + 1);
    expect(problemOf(huge)).toContain('larger than');
  });
});
