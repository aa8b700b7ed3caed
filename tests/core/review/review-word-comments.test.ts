// Reading Word comments from OOXML text: ranges, point comments, replies and
// "done" from commentsExtended, entities, and refusal of malformed XML.
import { describe, expect, it } from 'vitest';
import { importWordComments } from '../../../core/review/import-word-comments';
import { reviewOf } from '../../../core/review/review-schema';
import { readWordComments } from '../../../core/review/word-comments';
import { scanXml, XmlFormatError } from '../../../core/review/xml-scan';
import { cabinetMinutes, documentOf } from './review-fixtures';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>
<w:p>${run('2. Housing revenue account')}</w:p>
<w:p>${run('The Cabinet Member for Housing presented the ')}<w:commentRangeStart w:id="7"/>${run('report on rent')}<w:r><w:tab/></w:r>${run('levels')}<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>${run(' for 2022/23.')}</w:p>
<w:p>${run('Members asked whether the increase would affect tenants on universal credit.')}<w:r><w:commentReference w:id="9"/></w:r></w:p>
<w:p><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>${run('Councillor Smith &amp; Councillor Khan.')}</w:p>
</w:body></w:document>`;
const commentsXml = `<w:comments ${W}>
<w:comment w:id="7" w:author="Councillor O&#8217;Brien" w:date="2022-03-24T10:20:00Z" w:initials="OB"><w:p w14:paraId="0000000A"><w:r><w:annotationRef/></w:r>${run('Which year?')}</w:p></w:comment>
<w:comment w:id="8" w:author="Jeanette Richards" w:date="2022-03-24T11:00:00Z"><w:p w14:paraId="0000000B">${run('2022/23, as the report says.')}</w:p></w:comment>
<w:comment w:id="9" w:author="" w:date="not a date"><w:p w14:paraId="0000000C">${run('First line')}</w:p><w:p>${run('second line &lt;b&gt;not markup&lt;/b&gt;')}</w:p></w:comment>
</w:comments>`;
const extendedXml = `<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">
<w15:commentEx w15:paraId="0000000A" w15:done="1"/><w15:commentEx w15:paraId="0000000B" w15:paraIdParent="0000000A" w15:done="0"/></w15:commentsEx>`;

describe('readWordComments', () => {
  const comments = readWordComments({ document: documentXml, comments: commentsXml, commentsExtended: extendedXml });

  it('reads each comment’s words, author, date and the paragraph around it', () => {
    expect(comments[0]).toMatchObject({
      wordId: '7',
      author: 'Councillor O’Brien',
      date: '2022-03-24T10:20:00.000Z',
      body: 'Which year?',
      quote: 'report on rent\tlevels',
      paragraph: 'The Cabinet Member for Housing presented the report on rent\tlevels for 2022/23.',
      offset: 45,
      replyTo: null,
      done: true,
    });
  });

  it('links replies through commentsExtended and treats point comments as their paragraph', () => {
    expect(comments[1]).toMatchObject({ wordId: '8', replyTo: '7', body: '2022/23, as the report says.' });
    expect(comments[2]).toMatchObject({
      quote: '',
      paragraph: 'Members asked whether the increase would affect tenants on universal credit.',
      date: null,
      author: '',
    });
    expect(comments[2]!.body).toBe('First line\nsecond line <b>not markup</b>');
  });

  it('returns nothing for a document without comments', () => {
    expect(readWordComments({ document: documentXml, comments: null, commentsExtended: null })).toEqual([]);
  });
});

describe('importWordComments', () => {
  const comments = readWordComments({ document: documentXml, comments: commentsXml, commentsExtended: extendedXml });
  const outcome = importWordComments(documentOf(cabinetMinutes), comments, { importedAt: '2022-03-25T09:00:00.000Z', fallbackAuthor: 'Chair' });
  const { review } = reviewOf(outcome.document);

  it('anchors comments to the blocks holding their words, with replies and resolved state', () => {
    expect(outcome).toMatchObject({ imported: 2, unplaced: 0, duplicates: 0 });
    // The tab in Word's text does not match the minutes exactly, so the words are found loosely.
    expect(review.comments[0]!.anchor).toMatchObject({ itemId: 'a2', index: 1, quote: 'report on rent levels' });
    expect(review.comments[0]).toMatchObject({
      resolved: true,
      source: 'word',
      replies: [{ author: 'Jeanette Richards', body: '2022/23, as the report says.' }],
    });
    expect(review.comments[1]).toMatchObject({ author: 'Chair', createdAt: '2022-03-25T09:00:00.000Z', anchor: { itemId: 'a2', index: 2, wholeBlock: true } });
  });

  it('adds nothing when the same file is imported again', () => {
    const again = importWordComments(outcome.document, comments, { importedAt: '2022-03-26T09:00:00.000Z', fallbackAuthor: 'Chair' });
    expect(again).toMatchObject({ imported: 0, duplicates: 2 });
    expect(reviewOf(again.document).review.comments).toHaveLength(2);
  });
});

describe('scanXml', () => {
  it('refuses unbalanced tags, unknown entities and document type declarations', () => {
    expect(() => scanXml('<a><b></a>', 'word/document.xml')).toThrow('word/document.xml is not well-formed: its </a> does not close the element that is open.');
    expect(() => scanXml('<a>&bomb;</a>', 'x')).toThrow(XmlFormatError);
    expect(() => scanXml('<!DOCTYPE a [<!ENTITY bomb "x">]><a/>', 'x')).toThrow(/document type declaration/);
    expect(() => scanXml('<a><b>', 'x')).toThrow(/ends before <b> is closed/);
  });
});
