// A planning application's parts laid out as a planning committee prints
// them: the application's details as labelled lines, each speaker as
// "Mr J Smith (objector) addressed the Committee.", and the decision as a
// resolution ("Resolved – That the application be refused for the following
// reasons:") with its conditions or reasons numbered beneath it. Nothing is
// invented: a detail not recorded is left out, and a decision with no outcome
// and no words prints only what was typed (the checks ask for the rest).
import { decisionWording, recommendationLabels, speakerSentence } from '../blocks/planning-application-block';
import type { MinuteBlock, RichText } from '../minutes/minutes-model';
import type { LayoutBlock, LayoutRun } from './layout-model';
import { motionBlocks } from './motion-layout';
import { richPlain } from './minutes-text';
import type { HouseStyle } from '../house-style/house-style-schema';
import { typedNames, type Namer } from './styled-names';

type Planning = Extract<MinuteBlock, { kind: 'planning-application' | 'planning-speaker' | 'planning-decision' }>;

const runs = (text: RichText): LayoutRun[] => text.map((run) => ({ text: run.text, bold: run.bold, italic: run.italic, underline: run.underline }));
const written = (text: RichText) => richPlain(text).trim() !== '';

/** `house` is the meeting's house style (its resolution label and vote wording), or null for the template's label. */
export function planningBlocks(block: Planning, house: HouseStyle | null = null, names: Namer = typedNames): LayoutBlock[] {
  switch (block.kind) {
    case 'planning-application': {
      const { reference, site, proposal, applicant, ward, recommendation } = block.application;
      const lines = [
        { label: 'Application:', text: reference },
        { label: 'Site:', text: site },
        { label: 'Proposal:', text: richPlain(proposal).trim() },
        { label: 'Applicant:', text: applicant },
        { label: 'Ward:', text: ward },
        { label: 'Officer’s recommendation:', text: recommendation === 'none' ? '' : recommendationLabels[recommendation] },
      ].filter((line) => line.text !== '');
      return lines.length ? [{ kind: 'label-lines', lines }] : [];
    }
    case 'planning-speaker': {
      const lead: LayoutRun = { text: speakerSentence(block.role, block.speaker ? names.one(block.speaker, '') : '', house?.planning) };
      return [{ kind: 'paragraph', runs: written(block.said) ? [lead, { text: ' ' }, ...runs(block.said)] : [lead] }];
    }
    case 'planning-decision':
      return decisionBlocks(block, house, names);
  }
}

function decisionBlocks(block: Extract<Planning, { kind: 'planning-decision' }>, house: HouseStyle | null, names: Namer): LayoutBlock[] {
  const wording: LayoutRun[] = written(block.wording) ? runs(block.wording) : block.outcome === 'none' ? [] : [{ text: decisionWording[block.outcome] }];
  const conditions = block.conditions.filter(written).map(runs);
  const reasons = block.reasons.filter(written).map(runs);
  const follows = conditions.length > 0 || reasons.length > 0;
  const out: LayoutBlock[] = [];
  const label = house ? house.resolutions.label.trim() : block.label.trim();
  if (block.motion) {
    // Carried by a motion: its movers, amendments and vote lead into the decision, as the motion's resolution.
    out.push(...motionBlocks({ ...block.motion, resolution: [], label }, house, wording.length ? [wording] : undefined, names));
  } else if (wording.length) {
    // "It was agreed:" stands on its own line; "Resolved –" leads the words, as the council prints it.
    const ownLine = house ? house.resolutions.placement === 'own-line' : label.endsWith(':');
    if (ownLine) out.push({ kind: 'paragraph', runs: [{ text: label }], keepWithNext: true }, { kind: 'paragraph', runs: wording });
    else out.push({ kind: 'paragraph', runs: [{ text: `${label} ` }, ...wording] });
  }
  // The resolution is never the last line of a page apart from its conditions or reasons.
  const last = out.at(-1);
  if (follows && last?.kind === 'paragraph') out[out.length - 1] = { ...last, keepWithNext: true };
  if (conditions.length) out.push({ kind: 'list', ordered: true, items: conditions });
  if (reasons.length) {
    // A refusal's wording introduces its reasons; reasons given for any other outcome get a heading of their own.
    if (block.outcome !== 'refuse' || !wording.length) out.push({ kind: 'paragraph', runs: [{ text: 'Reasons for the decision:' }], keepWithNext: true });
    out.push({ kind: 'list', ordered: true, items: reasons });
  }
  return out;
}
