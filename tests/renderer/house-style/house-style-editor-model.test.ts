// The house style editor's pieces that are not drawing: the field table covers
// every field a house style has (so a new schema field cannot be left out of
// the editor unnoticed), edits change only the field edited, each field's
// mistake is the schema's sentence for that field, a copy gets a fresh id, and
// the preview's sample meeting reads in the style being edited.
import { describe, expect, it } from 'vitest';
import type { HouseStyle } from '../../../core/house-style/house-style-schema';
import { houseStyleFieldProblems, ownCopyOf } from '../../../core/house-style/own-house-style';
import { shippedHouseStyles } from '../../../core/house-style/shipped-house-styles';
import { styleSections, valueAt, withValueAt } from '../../../renderer/house-style/house-style-fields';
import { sampleMinutes } from '../../../renderer/house-style/sample-minutes';

const styles = shippedHouseStyles().styles;
const styleOf = (id: string) => structuredClone(styles.find((entry) => entry.id === id)!.style);

/** Every leaf field's path ("votes.tally.for"); a list or a nullable group counts as one field. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('the field table', () => {
  it('has a row for every field of a house style, apart from its format and where it came from', () => {
    // Bury has a signature block, so its fields are there to see.
    const fields = leafPaths(styleOf('bury')).filter((path) => path !== 'formatVersion' && !path.startsWith('provenance.'));
    const rows = styleSections.flatMap((section) => section.fields.map((field) => field.path));
    expect(fields.filter((path) => !rows.includes(path))).toEqual([]);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('changes only the field edited, leaving the style it came from as it was', () => {
    const style = styleOf('wirral-planning');
    const edited = withValueAt(style, 'votes.tally.for', 'In favour: {n}');
    expect(valueAt(edited, 'votes.tally.for')).toBe('In favour: {n}');
    expect(valueAt(style, 'votes.tally.for')).not.toBe('In favour: {n}');
    expect(edited.votes.tally.against).toBe(style.votes.tally.against);
    expect(edited.close).toBe(style.close);
  });
});

describe('mistakes, field by field', () => {
  it('puts the schema’s sentence for an unknown placeholder beside its field, and nothing beside the others', () => {
    const style = withValueAt(styleOf('bury'), 'votes.motion', 'Proposed by {proposer}');
    expect([...houseStyleFieldProblems(style)]).toEqual([
      ['votes.motion', 'It has the placeholder {proposer}, which this field does not fill. Fix: use only {mover}, {seconder}.'],
    ]);
  });

  it('says an emptied field is empty, and finds nothing wrong with every shipped style', () => {
    expect(houseStyleFieldProblems(withValueAt(styleOf('bury'), 'none.apologies', '')).get('none.apologies')).toMatch(/^It is empty\. Fix: /);
    for (const { style } of styles) expect(houseStyleFieldProblems(style).size).toBe(0);
  });
});

describe('a copy to edit', () => {
  it('gets a fresh id that is never a shipped one or one already taken, and a name saying it is a copy', () => {
    const wirral = styleOf('wirral-planning');
    const first = ownCopyOf(wirral, []);
    expect(first.id).toBe('wirral-council-planning-committee-own');
    expect(first.style.name).toBe('Wirral Council — Planning Committee (our copy)');
    expect(ownCopyOf(wirral, [first.id]).id).toBe('wirral-council-planning-committee-own-2');
    expect(first.style.resolutions).not.toBe(wirral.resolutions);
  });
});

describe('the preview’s sample meeting', () => {
  const text = (style: HouseStyle) => sampleMinutes(style).map((line) => line.text);

  it('reads in Wirral’s words: the motion with its movers by initials, the vote inside the resolution’s label, names elsewhere as on the roster', () => {
    const lines = text(styleOf('wirral-planning'));
    expect(lines).toContain('On a motion by Councillor J Barry and seconded by Councillor P Lund it was –');
    expect(lines.some((line) => line.includes('Councillor Jane Barry'))).toBe(true);
    expect(lines.some((line) => line.startsWith('Resolved (7:7 and on the chair’s casting vote) –'))).toBe(true);
  });

  it('shows Gotham’s roll on one line, a short item on its title’s line, and NEDDC’s report line and Bury’s unnumbered items', () => {
    const gotham = text(styleOf('gotham-parish-planning'));
    expect(gotham.some((line) => line.startsWith('Present: Councillors, Councillor Stuart Kelly (Chair), '))).toBe(false);
    expect(gotham.some((line) => line.startsWith('Present: Councillors, Stuart Kelly (Chair), Brenda Berry'))).toBe(true);
    expect(gotham).toContain('3/ Public questions: Nil.');
    expect(text(styleOf('neddc-cabinet'))).toContain('Report of the Head of Finance.');
    const bury = text(styleOf('bury'));
    expect(bury).toContain('PUBLIC QUESTIONS');
    expect(bury).toContain('There were no public questions.');
  });

  it('follows an edit at once: the resolution label and the close as the clerk typed them', () => {
    let style = withValueAt(styleOf('gotham-parish-planning'), 'resolutions.label', 'AGREED:');
    style = withValueAt(style, 'close.wording', 'The meeting ended at {end}.');
    const lines = text(style);
    expect(lines.some((line) => line.startsWith('AGREED:'))).toBe(true);
    expect(lines).toContain('The meeting ended at 8.40 pm.');
  });

  it('numbers a single resolution only where the style says, and ends with the signature block only where there is one', () => {
    const bury = text(styleOf('bury'));
    expect(bury.some((line) => line.startsWith('1. That the minutes of the meeting held on 25 April 2024'))).toBe(true);
    expect(bury).toContain('COUNCILLOR S KELLY');
    const gotham = text(styleOf('gotham-parish-planning'));
    expect(gotham.some((line) => line.includes('That the minutes of the meeting held on') && line.includes('1. '))).toBe(false);
    expect(sampleMinutes(styleOf('gotham-parish-planning')).some((line) => line.kind === 'signature')).toBe(false);
  });

  it('words the planning speakers as the style does, and the contact line under the style’s label', () => {
    const wirral = text(styleOf('wirral-planning'));
    expect(wirral).toContain('A Ward Councillor addressed the Committee.');
    expect(wirral).toContain('Mr J Smith (objector) addressed the Committee.');
    expect(text(withValueAt(styleOf('wirral-planning'), 'print.contactLabel', 'Enquiries to:'))).toContain('Enquiries to: Helen Taylor, Democratic Services');
    expect(text(styleOf('bury'))).toContain('A ward member addressed the Committee.');
  });
});
