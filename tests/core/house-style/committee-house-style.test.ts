// A committee chooses its council's house style (one of the shipped styles, or
// none for the app's own wording); each new meeting keeps the choice, and the
// export prints motions, votes and resolutions in that council's words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { houseStyleOfMeeting } from '../../../core/house-style/meeting-house-style';
import { shippedHouseStyleIds } from '../../../core/house-style/shipped-house-style-ids';
import { shippedHouseStyles } from '../../../core/house-style/shipped-house-styles';
import { committeeSchema } from '../../../core/model/committee';
import { createEmptyMeeting, meetingSchema } from '../../../core/model/meeting';
import { parseMinutesFile } from '../../../core/storage/parse-minutes-file';
import { buildMeeting } from '../../../core/templates/build-meeting';
import { buildTemplateCatalogue } from '../../../core/templates/template-catalogue';
import { runsText } from '../../../core/export/layout-model';
import { item, lexicalRoot, motionPart, para } from '../../fixtures/export/lexical-builders';
import { seed003Document } from '../../fixtures/export/seed-003-document';
import { docxOf, layoutOf } from '../export/export-test-kit';

describe('a committee’s house style', () => {
  it('is offered from the list of shipped styles, which names each shipped file once', () => {
    expect(shippedHouseStyles().styles.map((entry) => entry.id)).toEqual([...shippedHouseStyleIds]);
  });

  it('is a shipped style or the council’s own (any safe id), or none for the app’s own wording', () => {
    expect(committeeSchema.parse({ id: 'planning', name: 'Planning' }).houseStyleId).toBeNull();
    expect(committeeSchema.parse({ id: 'planning', name: 'Planning', houseStyleId: 'wirral-planning' }).houseStyleId).toBe('wirral-planning');
    // A council's own style has an id the app does not ship.
    expect(committeeSchema.parse({ id: 'planning', name: 'Planning', houseStyleId: 'our-own-2025' }).houseStyleId).toBe('our-own-2025');
    for (const unsafe of ['../styles/bury', 'Wirral Planning', '', 'x'.repeat(61)]) {
      const wrong = committeeSchema.safeParse({ id: 'planning', name: 'Planning', houseStyleId: unsafe });
      expect(wrong.success, unsafe).toBe(false);
      expect(wrong.error?.issues[0]?.path).toEqual(['houseStyleId']);
    }
  });

  it('is copied into each new meeting, as the committee’s other settings are', () => {
    const committee = committeeSchema.parse({ id: 'planning', name: 'Planning Committee', councilName: 'Wirral Council', houseStyleId: 'wirral-planning' });
    const directory = path.resolve(__dirname, '../../../templates');
    const files = readdirSync(directory)
      .filter((name) => name.endsWith('.json'))
      .map((fileName) => ({ fileName, text: readFileSync(path.join(directory, fileName), 'utf8') }));
    const template = buildTemplateCatalogue(files, []).templates.find((entry) => entry.id === 'committee')!;
    const { document } = buildMeeting({
      committee,
      template: template.template,
      templateId: template.id,
      date: '2022-03-23',
      venue: '',
      startTime: '18:00',
      agendaItems: [],
      newItemId: (() => {
        let next = 0;
        return () => `item-${++next}`;
      })(),
    });
    expect(document.meeting.houseStyleId).toBe('wirral-planning');
  });
});

describe('a meeting’s house style', () => {
  it('is absent from a file saved before the choice existed, which still opens with the app’s wording', () => {
    const old = {
      formatVersion: 1,
      meeting: { councilName: 'Bury', committeeName: 'Cabinet', title: '', date: '2022-04-06', venue: '' },
      content: { root: { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 } },
    };
    const parsed = parseMinutesFile(new TextEncoder().encode(JSON.stringify(old)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // Absent, not defaulted, so an approval seal over the meeting still matches.
    expect('houseStyleId' in parsed.document.meeting).toBe(false);
    expect(houseStyleOfMeeting(parsed.document.meeting)).toBeNull();
  });

  it('names a shipped style, or refuses to print in wording it cannot find', () => {
    expect(houseStyleOfMeeting(meetingSchema.parse({ ...createEmptyMeeting(), houseStyleId: 'gotham-parish-planning' }))?.council).toBe(
      'Gotham Parish Council',
    );
    expect(() => houseStyleOfMeeting(meetingSchema.parse({ ...createEmptyMeeting(), houseStyleId: 'made-up' }))).toThrow(/house style “made-up”.*Fix:/);
  });
});

describe('the export in the meeting’s house style', () => {
  const kelly = { moverId: 'kelly', moverName: 'Councillor S Kelly', seconderId: 'berry', seconderName: 'Councillor B Berry' };
  const documentIn = (houseStyleId: string | undefined) => {
    const seed = seed003Document();
    return {
      ...seed,
      meeting: { ...seed.meeting, ...(houseStyleId ? { houseStyleId } : {}) },
      content: lexicalRoot([
        item('Pyramid Park'),
        para('Members debated the offer.'),
        motionPart('motion', 'That the site be acquired', { ...kelly, for: 4, against: 0, abstain: 1 }),
        motionPart('resolution', 'that the site be acquired.'),
      ]),
    };
  };
  const textOf = (houseStyleId: string | undefined) =>
    layoutOf(documentIn(houseStyleId))
      .sections.flatMap((section) => section.blocks)
      .flatMap((block) => (block.kind === 'paragraph' ? [runsText(block.runs)] : []));

  it('prints the same motion in Wirral’s words and in Gotham’s', async () => {
    const wirral = textOf('wirral-planning');
    expect(wirral).toContain('On a motion by Councillor S Kelly and seconded by Councillor B Berry it was –');
    expect(wirral.some((line) => line.startsWith('Resolved (4:0) – that the site be acquired'))).toBe(true);
    const gotham = textOf('gotham-parish-planning');
    expect(gotham.join('\n')).toContain('PROPOSED: Councillor S Kelly');
    expect(gotham.join('\n')).toContain('Vote: Four in favour, one abstention.');
    expect(gotham.join('\n')).not.toContain('On a motion by');
    // The DOCX a clerk sends carries the council's words too.
    const docx = await docxOf(layoutOf(documentIn('gotham-parish-planning')));
    expect(docx.text).toContain('Vote: Four in favour, one abstention.');
  });

  it('keeps the app’s wording for a meeting without one', () => {
    expect(textOf(undefined)).toContain('On being put to the vote, the motion was carried (For 4, Against 0, Abstentions 1).');
  });
});
