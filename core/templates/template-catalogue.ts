// The templates offered for a new meeting: the shipped ones, then the
// council's own (which replace a shipped one of the same file name). Files that
// cannot be read are reported and skipped; the rest are still offered.
import type { TemplateEntry } from './meeting-template';
import { parseTemplateText, templateIdOf } from './parse-template';

export interface TemplateFile {
  fileName: string;
  text: string;
}

export interface TemplateCatalogue {
  templates: TemplateEntry[];
  /** One sentence per file left out: which file, which field, the fix. */
  problems: string[];
}

export function buildTemplateCatalogue(shipped: ReadonlyArray<TemplateFile>, own: ReadonlyArray<TemplateFile>): TemplateCatalogue {
  const byId = new Map<string, TemplateEntry>();
  const problems: string[] = [];
  const add = (files: ReadonlyArray<TemplateFile>, source: TemplateEntry['source']) => {
    for (const file of [...files].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
      const id = templateIdOf(file.fileName);
      if (!id) {
        problems.push(
          `Template “${file.fileName}” was left out: its file name must be lower-case letters, digits and hyphens ending in .json. Fix: rename it, e.g. “planning-committee.json”.`,
        );
        continue;
      }
      const parsed = parseTemplateText(file.fileName, file.text);
      if (parsed.ok) byId.set(id, { id, source, template: parsed.template });
      else problems.push(parsed.problem);
    }
  };
  add(shipped, 'shipped');
  add(own, 'own');
  // The everyday ones first, as a clerk reaches for them.
  const order = ['committee', 'cabinet', 'scrutiny', 'planning-committee', 'parish-council', 'blank'];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const templates = [...byId.values()].sort((a, b) => rank(a.id) - rank(b.id) || a.template.name.localeCompare(b.template.name, 'en-GB'));
  return { templates, problems };
}
