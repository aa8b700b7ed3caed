// "Save as template": the structure of a meeting the clerk has shaped (its
// standing items, where business goes, its wording and numbering) as a
// template for next time. The meeting's own items of business are not kept.
import type { Meeting } from '../model/meeting';
import type { LexicalState } from '../storage/lexical-state';
import { meetingTemplateSchema, TEMPLATE_FORMAT_VERSION, type MeetingTemplate, type TemplateItem } from './meeting-template';

type Loose = Record<string, unknown>;

function plainText(node: Loose): string {
  const children = Array.isArray(node.children) ? (node.children as Loose[]) : [];
  return children.map((child) => (typeof child.text === 'string' ? child.text : plainText(child))).join('');
}

export function templateFromMeeting(name: string, description: string, meeting: Meeting, content: LexicalState): MeetingTemplate {
  const nodes = content.root.children as Loose[];
  const items: TemplateItem[] = [];
  let sawCabinetDecision = false;
  nodes.forEach((node, index) => {
    if (node.type === 'cabinet-decision') sawCabinetDecision = true;
    if (node.type !== 'agenda-item') return;
    if (typeof node.standing === 'string' && node.standing) {
      // A standing item keeps its first paragraph as the wording it starts with.
      const next = nodes[index + 1];
      const text = next?.type === 'paragraph' ? plainText(next) : '';
      items.push({ kind: 'standing', key: node.standing, title: plainText(node).trim() || node.standing, text });
    } else if (!items.some((item) => item.kind === 'business')) {
      items.push({ kind: 'business' });
    }
  });
  if (!items.some((item) => item.kind === 'business')) {
    // Business goes before any closing standing item such as urgent business.
    const closing = items.findIndex((item) => item.kind === 'standing' && item.key === 'urgent-business');
    items.splice(closing < 0 ? items.length : closing, 0, { kind: 'business' });
  }
  return meetingTemplateSchema.parse({
    formatVersion: TEMPLATE_FORMAT_VERSION,
    name,
    description,
    numbering: meeting.numbering.kind === 'prefixed' ? 'committee-prefix' : 'plain',
    businessItemEnding: sawCabinetDecision ? 'cabinet-decision' : 'none',
    wording: meeting.wording,
    heading: meeting.headingLayout,
    items,
  });
}
