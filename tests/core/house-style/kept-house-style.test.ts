// A meeting keeps a copy of its house style, not only the style's id: minutes
// exported years later print the same though the shipped style has changed or
// the council's own has been edited or deleted. A kept style that no longer
// reads as a house style is refused with its field named, for the public and
// the full version alike: minutes are never printed in other words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HouseStyle } from '../../../core/house-style/house-style-schema';
import { shippedHouseStyle } from '../../../core/house-style/meeting-house-style';
import { committeeSchema } from '../../../core/model/committee';
import { parseMinutesFile } from '../../../core/storage/parse-minutes-file';
import { buildMeeting } from '../../../core/templates/build-meeting';
import { buildTemplateCatalogue } from '../../../core/templates/template-catalogue';
import { layoutTextParts } from '../../../core/export/layout-text-parts';
import { close, item, lexicalRoot, person, statement } from '../../fixtures/export/lexical-builders';
import { layoutOf } from '../export/export-test-kit';
import { gothamMeetingOf } from '../../fixtures/export/reference-committee-meetings';

const gotham = shippedHouseStyle('gotham-parish-planning')!;

function committeeTemplate() {
  const directory = path.resolve(__dirname, '../../../templates');
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .map((fileName) => ({ fileName, text: readFileSync(path.join(directory, fileName), 'utf8') }));
  return buildTemplateCatalogue(files, []).templates.find((entry) => entry.id === 'committee')!;
}

function meetingIn(houseStyleId: string, houseStyle: unknown) {
  return {
    formatVersion: 1,
    meeting: {
      ...gothamMeetingOf,
      venue: '',
      houseStyleId,
      houseStyle,
      roster: [person('anderson', '', 'J.P. Anderson', 'chair')],
      attendance: [{ personId: 'anderson', status: 'present' }],
    },
    content: lexicalRoot([
      item('Declaration on Interest'),
      statement('no-declarations', 'There were no declarations.'),
      close('anderson', 'J.P. Anderson', '19:30', '20:40'),
    ]),
  };
}

const lines = (raw: unknown, version: 'public' | 'full' = 'public') => layoutTextParts(layoutOf(raw, { version })).map((part) => part.text);

describe('the house style kept in a meeting', () => {
  it('is copied in when the meeting is made from its committee, beside the id', () => {
    const template = committeeTemplate();
    const committee = committeeSchema.parse({ id: 'planning', name: 'Planning & Development Committee', houseStyleId: 'gotham-parish-planning' });
    let next = 0;
    const { document } = buildMeeting({
      committee,
      template: template.template,
      templateId: template.id,
      date: '2017-02-28',
      venue: '',
      startTime: '19:30',
      agendaItems: [],
      newItemId: () => `item-${++next}`,
      houseStyle: gotham,
    });
    expect(document.meeting.houseStyleId).toBe('gotham-parish-planning');
    expect(document.meeting.houseStyle).toEqual(gotham);
    // Saved and opened again, it is the same style.
    const reopened = parseMinutesFile(new TextEncoder().encode(JSON.stringify(document)));
    expect(reopened.ok && reopened.document.meeting.houseStyle).toEqual(gotham);
  });

  it('prints as kept, though the shipped style of that id now says otherwise', () => {
    const asKept: HouseStyle = {
      ...gotham,
      none: { ...gotham.none, declarations: 'No interests were declared.' },
      close: { ...gotham.close, wording: 'Closed at {end}.' },
    };
    const printed = lines(meetingIn('gotham-parish-planning', asKept));
    expect(printed).toContain('No interests were declared.');
    expect(printed.at(-1)).toBe('Closed at 8.40 pm.');
    expect(printed).not.toContain('Nil.');
  });

  it('prints a council’s own style whose id the app does not ship', () => {
    const own: HouseStyle = { ...gotham, name: 'Our own', none: { ...gotham.none, declarations: 'None declared.' } };
    expect(lines(meetingIn('our-own', own))).toContain('None declared.');
  });

  it('is refused when damaged, naming the field, for both versions: never printed in other words', () => {
    const damaged = { ...gotham, votes: { ...gotham.votes, counted: 'Vote: {tallly}.' } };
    for (const version of ['public', 'full'] as const) {
      expect(() => lines(meetingIn('gotham-parish-planning', damaged), version)).toThrow(
        /House style “gotham-parish-planning, kept in these minutes”: field “votes.counted” has the placeholder \{tallly\}.*Nothing was exported/,
      );
    }
  });
});
