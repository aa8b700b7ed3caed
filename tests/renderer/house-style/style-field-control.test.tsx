// @vitest-environment jsdom
// A house style field whose value the schema refuses is marked, whatever its
// control: a text field by aria-invalid, a choice (the design system's Select,
// a button, which aria-invalid does not suit) by React Aria's data-invalid on
// the field, which controls.css borders in the danger colour; and the schema's
// sentence is read with either.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { styleSections, type StyleField } from '../../../renderer/house-style/house-style-fields';
import { StyleFieldControl } from '../../../renderer/house-style/StyleFieldControl';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const fields = styleSections.flatMap((section) => section.fields);
const fieldOf = (kind: StyleField['control']['kind']) => fields.find((field) => field.control.kind === kind)!;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function draw(field: StyleField, problem: string | undefined): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<StyleFieldControl field={field} draft={{}} problem={problem} readOnly={false} onChange={() => {}} />));
  return host;
}

/** The words an element's aria-describedby points at. */
function description(element: Element): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('a house style field the schema refuses', () => {
  it('marks a choice invalid, with the schema’s sentence read with it', () => {
    const sentence = 'It is not one of the answers. Fix: use one of "digits", "words".';
    const host = draw(fieldOf('choice'), sentence);
    expect(host.querySelector('.mb-select-field')!.hasAttribute('data-invalid')).toBe(true);
    expect(description(host.querySelector('.mb-select-trigger')!)).toContain(sentence);
  });

  it('leaves a choice unmarked while its value is right', () => {
    const host = draw(fieldOf('choice'), undefined);
    expect(host.querySelector('.mb-select-field')!.hasAttribute('data-invalid')).toBe(false);
  });

  it('marks a text field with aria-invalid', () => {
    const host = draw(fieldOf('text'), 'It is empty. Fix: write the words.');
    const input = host.querySelector('input, textarea')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toContain('It is empty. Fix: write the words.');
  });
});
