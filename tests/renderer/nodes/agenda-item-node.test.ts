// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { agendaItemJson } from '../../../core/minutes/serialized-nodes';
import { roundTripHtml, roundTripJson } from './node-harness';

describe('AgendaItemNode', () => {
  const item = agendaItemJson({ itemId: 'i-7', title: 'URGENT BUSINESS', standing: 'urgent-business', reportName: 'Report A', exemptParagraph: '3' });

  it('writes back exactly the shape core builds meetings from', () => {
    expect(roundTripJson([item])).toEqual([item]);
  });

  it('loads JSON written before exempt, urgent and report fields existed', () => {
    const old = { type: 'agenda-item', version: 1, direction: 'ltr', format: '', indent: 0, itemId: 'old-1', children: item.children };
    expect(roundTripJson([old])).toEqual([{ ...agendaItemJson({ itemId: 'old-1', title: 'URGENT BUSINESS' }) }]);
  });

  it('re-imports its HTML as the same node with the same fields', () => {
    const { html, children } = roundTripHtml([item]);
    expect(html).toContain('data-item-id="i-7"');
    expect(children).toEqual([item]);
  });
});
