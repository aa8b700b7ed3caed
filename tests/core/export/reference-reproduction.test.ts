// The six reference meetings (/work/shared/reference/), each rebuilt as the
// app saves it and exported in its council's house style: the public
// version's text, read from the layout the PDF and DOCX are written from, is
// compared with the published minutes sentence by sentence, verbatim after
// normalising spaces, dashes and quotes (tests/support/reference-sentences.ts).
// A sentence the app cannot print yet is listed with the reason; the test
// fails when a listed sentence starts to match, so the list cannot go stale.
import { describe, expect, it } from 'vitest';
import { exportedText, referenceSentences, sentencesMissing, type ReferenceReading } from '../../support/reference-sentences';
import {
  bury000ReferenceDocument,
  bury003ReferenceDocument,
  bury004ReferenceDocument,
  gothamReferenceDocument,
  neddcReferenceDocument,
  wirralReferenceDocument,
} from '../../fixtures/export/reference-meetings';
import { layoutOf } from './export-test-kit';

interface KnownDifference {
  sentence: string;
  reason: string;
}

interface Reference {
  file: string;
  document: () => unknown;
  reading?: ReferenceReading;
  known: KnownDifference[];
}

/** The democracy web pages' own words around the minutes ("pdf icon PDF 246 KB", "Additional documents:", "Minutes:"). */
const democracyPage: ReferenceReading = {
  furnitureLines: [/^Agenda, decisions and minutes$/, /^No\. Item$/, /^Additional documents:$/, /^Supporting documents:$/, /^Minutes:$/],
  furniture: [/\s*pdf icon PDF \d+ KB\s*$/, /^\s*Minutes:\s*/],
};

const references: Reference[] = [
  {
    file: 'gotham-parish-planning-2017-02-28.txt',
    document: gothamReferenceDocument,
    known: [
      {
        sentence:
          '8/ Planning Applications Received: 17/ 2 (ref: 17/00340/FUL) 14 Nottingham Road - single storey rear extension PROPOSED: J.P. Anderson SECONDED: M.Wilkins.',
        reason: 'the seconder is printed as the roster names him ("M. Wilkins", as in the heading); the reference spells the same member two ways',
      },
    ],
  },
  {
    file: 'neddc-cabinet-2024-05-23.txt',
    document: neddcReferenceDocument,
    reading: democracyPage,
    known: [
      {
        sentence:
          'Cabinet - Thursday, 23rd May, 2024 4.00 pm Venue: District Council Offices, Mill Lane, Wingerworth, Chesterfield, S42 6NG Contact: Alan Maher Apologies for Absence Apologies for absence were received from Councillors J Barry and J Birkin.',
        reason:
          'an artefact of the web page’s text, kept on purpose: its "No. Item" table’s numbers are not in the stored text, and the heading (no full stop) reads on into item 1’s title; the minutes print the heading, then "1 Apologies for Absence", whose words all match',
      },
      {
        sentence: 'REASONS FOR DECISION - This is an information report to keep Members informed of progress against the council plan objectives.',
        reason: 'the page prints item 5’s decision twice, the second time in the present tense; the minutes record it once',
      },
    ],
  },
  {
    file: 'wirral-planning-extract.txt',
    document: wirralReferenceDocument,
    reading: democracyPage,
    known: [
      {
        sentence: 'Venue: Microsoft Teams Contact: Katy Brown Committee Officer To approve the accuracy of the minutes of the meeting held on 26 May 2020.',
        reason:
          'an artefact of the extract, kept on purpose: it leaves out the roll and item 1’s heading ("Present: …", "1 Minutes") between the heading and item 1’s text, which the minutes print',
      },
    ],
  },
  {
    file: '000_0b71190a79280178.txt',
    document: bury000ReferenceDocument,
    // The stored file starts with a stray "son", and the PDF's running header falls mid-paragraph on page 3.
    reading: { furnitureLines: [/^son$/, /^Children and Young People Scrutiny Committee, 23 March 2022$/] },
    known: [
      {
        sentence:
          'Minutes of: CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE Date of Meeting: 23 March 2022 Present: Councillor S Wright (in the Chair) Councillors C Boles, S Butler, P Cropper, J Lancaster, L McBriar, T Pilkington, D Quinn, T Tarig and M Whitby Helen Chadwick - Trade Union Representative.',
        reason: 'the reference misspells Councillor Tariq ("Tarig"); the heading prints the roster’s spelling',
      },
    ],
  },
  { file: '003_7ab6b26987908b37.txt', document: bury003ReferenceDocument, reading: democracyPage, known: [] },
  {
    file: '004_a6ff27b87cdbf530.txt',
    document: bury004ReferenceDocument,
    reading: democracyPage,
    known: [
      {
        sentence: 'It Was Agreed: The update be noted',
        reason: 'the Bury style’s label is "It was agreed:" as in its 2022 minutes (000); the 2026 scrutiny page capitalises each word',
      },
    ],
  },
];

describe('the reference meetings, exported in their councils’ house styles', () => {
  for (const reference of references) {
    it(`reproduce ${reference.file} sentence by sentence`, () => {
      const exported = exportedText(layoutOf(reference.document(), { version: 'public' }));
      const missing = sentencesMissing(referenceSentences(reference.file, reference.reading), exported);
      expect(missing).toEqual(reference.known.map((difference) => difference.sentence));
    });
  }
});
