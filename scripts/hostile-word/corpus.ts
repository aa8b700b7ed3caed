// The hostile Word corpus: packages made to crash, freeze or fool the Word
// import (zip bombs by size, by ratio and by lying, thousands of unclosed
// comment ranges, tens of thousands of comments, billion laughs, external
// entities, path-traversal names, encryption, unknown compression, malformed
// XML, odd dates). Each case says what a clerk must get: the comments
// imported, or a refusal naming the file. Built in memory, deterministically;
// `node --import tsx scripts/hostile-word/corpus.ts <folder>` writes them out.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeZip, type ZipEntrySpec } from './zip-writer';

export interface HostileWordCase {
  name: string;
  bytes: Uint8Array;
  /** 'imported': the read must succeed; 'refused': it must fail with a clerk-facing sentence; 'either': one or the other, in budget. */
  expect: 'imported' | 'refused' | 'either';
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const commentsXml = (comments: string) => `<?xml version="1.0" encoding="UTF-8"?><w:comments ${W}>${comments}</w:comments>`;
const comment = (id: number, attributes = 'w:author="Cllr Patel" w:date="2022-03-23T17:30:00Z"', text = 'Please check this.') =>
  `<w:comment w:id="${id}" ${attributes}><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:comment>`;

const BASE_DOCUMENT = documentXml(
  `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>The committee agreed the budget.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>${paragraph('Apologies were received.')}`,
);
const BASE_COMMENTS = commentsXml(comment(0));

function docx(
  parts: { document?: string | Uint8Array; comments?: string | Uint8Array | null },
  extra: ZipEntrySpec[] = [],
  overrides: Partial<ZipEntrySpec> = {},
): Uint8Array {
  const entries: ZipEntrySpec[] = [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'word/document.xml', data: parts.document ?? BASE_DOCUMENT, ...overrides },
  ];
  const comments = parts.comments === undefined ? BASE_COMMENTS : parts.comments;
  if (comments !== null) entries.push({ name: 'word/comments.xml', data: comments });
  return writeZip([...entries, ...extra]);
}

function unclosedRanges(count: number): string {
  const starts = Array.from({ length: count }, (_, i) => `<w:commentRangeStart w:id="${i}"/>`).join('');
  const runs = Array.from({ length: count }, (_, i) => `<w:r><w:t>word ${i} </w:t></w:r>`).join('');
  return documentXml(`<w:p>${starts}${runs}</w:p>`);
}

/** A part of `megabytes` of spaces, built outside the JavaScript heap so making it costs the test's thread no garbage collection. */
function spaces(megabytes: number, wrap: (filler: string) => string = (filler) => documentXml(`<w:p><w:r><w:t>${filler}</w:t></w:r></w:p>`)): Uint8Array {
  const [head, tail] = wrap('\u0000').split('\u0000') as [string, string];
  return Buffer.concat([Buffer.from(head), Buffer.alloc(megabytes * 1024 * 1024, 0x20), Buffer.from(tail)]);
}

/** The cases, built lazily: the bombs take a moment to squeeze. */
export function hostileWordCorpus(): HostileWordCase[] {
  const bigDocument = spaces(48);
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]><w:document ${W}><w:body>${paragraph('&lol9;')}</w:body></w:document>`;
  return [
    { name: 'plain.docx', bytes: docx({}), expect: 'imported' },
    { name: 'bomb-by-size.docx', bytes: docx({ document: bigDocument }), expect: 'refused' },
    { name: 'bomb-by-ratio.docx', bytes: docx({ document: spaces(8) }), expect: 'refused' },
    { name: 'bomb-lying-about-size.docx', bytes: docx({}, [], { data: bigDocument, declaredSize: 4096 }), expect: 'refused' },
    { name: 'bomb-in-comments.docx', bytes: docx({ comments: spaces(48, (filler) => commentsXml(comment(0, 'w:author="X"', filler))) }), expect: 'refused' },
    {
      name: 'ranges-open-10000.docx',
      bytes: docx({ document: unclosedRanges(10_000), comments: commentsXml(Array.from({ length: 10 }, (_, i) => comment(i)).join('')) }),
      expect: 'either',
    },
    {
      name: 'ranges-open-30000.docx',
      bytes: docx({ document: unclosedRanges(30_000), comments: commentsXml(Array.from({ length: 10 }, (_, i) => comment(i)).join('')) }),
      expect: 'refused',
    },
    {
      name: 'many-comments-50000.docx',
      bytes: docx({ comments: commentsXml(Array.from({ length: 50_000 }, (_, i) => comment(i)).join('')) }),
      expect: 'refused',
    },
    { name: 'billion-laughs.docx', bytes: docx({ document: laughs }), expect: 'refused' },
    {
      name: 'external-entity.docx',
      bytes: docx({
        comments: `<?xml version="1.0"?><!DOCTYPE c [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:comments ${W}>${comment(0, 'w:author="X"', '&xxe;')}</w:comments>`,
      }),
      expect: 'refused',
    },
    { name: 'entity-without-dtd.docx', bytes: docx({ comments: commentsXml(comment(0, 'w:author="X"', '&xxe;')) }), expect: 'refused' },
    {
      name: 'path-traversal-names.docx',
      bytes: docx({}, [
        { name: '../../evil.txt', data: 'x' },
        { name: '/tmp/evil.txt', data: 'x' },
        { name: '..\\..\\evil.txt', data: 'x' },
        { name: 'word/../word/document.xml', data: 'not xml' },
      ]),
      expect: 'imported',
    },
    { name: 'encrypted.docx', bytes: docx({}, [], { encrypted: true }), expect: 'refused' },
    { name: 'lzma-compressed.docx', bytes: docx({}, [], { method: 14 }), expect: 'refused' },
    {
      name: 'many-entries-20000.docx',
      bytes: docx(
        {},
        Array.from({ length: 20_000 }, (_, i) => ({ name: `customXml/item${i}.xml`, data: '<a/>', method: 0 })),
      ),
      expect: 'refused',
    },
    { name: 'not-a-zip.docx', bytes: new TextEncoder().encode('This is a letter, not a Word document.'), expect: 'refused' },
    { name: 'truncated.docx', bytes: docx({}).slice(0, 300), expect: 'refused' },
    { name: 'empty.docx', bytes: new Uint8Array(0), expect: 'refused' },
    { name: 'no-document-part.docx', bytes: writeZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }]), expect: 'refused' },
    { name: 'malformed-mismatched.docx', bytes: docx({ document: documentXml('<w:p><w:r><w:t>x</w:r></w:t></w:p>') }), expect: 'refused' },
    { name: 'malformed-unclosed.docx', bytes: docx({ document: '<w:document><w:body><w:p>' }), expect: 'refused' },
    { name: 'malformed-unquoted-attribute.docx', bytes: docx({ comments: commentsXml('<w:comment w:id=0><w:p/></w:comment>') }), expect: 'refused' },
    { name: 'malformed-binary.docx', bytes: docx({ document: '\u0000\u0001\u0002<<<>>>' }), expect: 'refused' },
    {
      name: 'odd-dates.docx',
      bytes: docx({
        comments: commentsXml(
          comment(0, 'w:author="X" w:date="-271821-04-20T00:00:00Z"') +
            comment(1, 'w:author="Y" w:date="+275760-09-13T00:00:00Z"') +
            comment(2, 'w:author="Z" w:date="yesterday"'),
        ),
      }),
      expect: 'imported',
    },
    { name: 'long-author.docx', bytes: docx({ comments: commentsXml(comment(0, `w:author="${'A'.repeat(5000)}"`)) }), expect: 'imported' },
    { name: 'long-comment.docx', bytes: docx({ comments: commentsXml(comment(0, 'w:author="X"', 'word '.repeat(100_000))) }), expect: 'imported' },
    {
      name: 'many-attributes.docx',
      bytes: docx({ document: documentXml(`<w:p ${Array.from({ length: 50_000 }, (_, i) => `a${i}="x"`).join(' ')}/>`) }),
      expect: 'either',
    },
    { name: 'deep-nesting.docx', bytes: docx({ document: documentXml(`${'<w:sdt>'.repeat(200_000)}${'</w:sdt>'.repeat(200_000)}`) }), expect: 'either' },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const folder = process.argv[2] ?? '.tmp/hostile-word';
  mkdirSync(folder, { recursive: true });
  for (const item of hostileWordCorpus()) writeFileSync(path.join(folder, item.name), item.bytes);
  console.log(`hostile-word: ${hostileWordCorpus().length} files written to ${folder}`);
}
