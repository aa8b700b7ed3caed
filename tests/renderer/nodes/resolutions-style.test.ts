// @vitest-environment jsdom
// The "It was agreed:" heading keeps whether its run is numbered or bulleted
// through JSON and HTML (copy and paste), and a heading saved before the
// style existed loads as numbered, as it was printed then.
import { describe, expect, it } from 'vitest';
import { textJson } from '../../../core/minutes/serialized-nodes';
import { roundTripHtml, roundTripJson } from './node-harness';

const heading = (fields: Record<string, unknown>) => ({
  type: 'resolutions-heading',
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  children: [textJson('It Was Agreed:')],
  ...fields,
});

describe('resolutions heading style', () => {
  it('a bulleted heading round-trips through JSON and HTML', () => {
    expect(roundTripJson([heading({ style: 'bulleted' })])[0]).toMatchObject({ style: 'bulleted' });
    const { html, children } = roundTripHtml([heading({ style: 'bulleted' })]);
    expect(html).toContain('data-style="bulleted"');
    expect(children[0]).toMatchObject({ type: 'resolutions-heading', style: 'bulleted' });
  });

  it('a heading without a style, or with one it does not know, is numbered', () => {
    const [old, odd] = roundTripJson([heading({}), heading({ style: 'roman' })]);
    expect(old).toMatchObject({ style: 'numbered' });
    expect(odd).toMatchObject({ style: 'numbered' });
  });
});
