import { describe, expect, it } from 'vitest';
import { createEmptyMinutesDocument, serializeMinutesDocument } from '../../core/storage/minutes-document';
import { MAX_MINUTES_FILE_BYTES, parseMinutesFile } from '../../core/storage/parse-minutes-file';

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

  it('refuses a file larger than the limit without decoding it', () => {
    const huge = new Uint8Array(MAX_MINUTES_FILE_BYTES + 1);
    expect(problemOf(huge)).toContain('larger than');
  });
});
