// The consistency checks over the whole document, block by block, with each
// block's findings cached by its text: after a pause only the blocks the clerk
// changed are scanned again, so the check stays cheap in a 40,000-word meeting.
import { $minutesBlocks } from '../editor/minutes-block-list';
import { findUndefinedAcronyms, inlineDefinitions } from '../../core/text/acronyms';
import { findNameVariants } from '../../core/text/names';

export interface NameFinding {
  blockKey: string;
  found: string;
  expected: string;
  offset: number;
}

export interface ConsistencyReport {
  names: NameFinding[];
  /** Undefined acronyms with the block of first use. */
  acronyms: Array<{ acronym: string; blockKey: string }>;
}

interface BlockScan {
  names: Array<{ found: string; expected: string; offset: number }>;
  acronyms: string[];
  definitions: Array<{ acronym: string; meaning: string }>;
}

export function createConsistencyScanner() {
  let cache = new Map<string, BlockScan>();
  let cachedFor = '';

  return function $scan(names: string[], glossary: Array<{ acronym: string; meaning: string }>): ConsistencyReport {
    // A changed roster or glossary invalidates every cached block.
    const settings = JSON.stringify([names, glossary]);
    if (settings !== cachedFor) {
      cache = new Map();
      cachedFor = settings;
    }
    const next = new Map<string, BlockScan>();
    const blocks = $minutesBlocks().map((node) => ({ key: node.getKey(), text: node.getTextContent() }));
    for (const { text } of blocks) {
      if (next.has(text)) continue;
      next.set(
        text,
        cache.get(text) ?? { names: findNameVariants(text, names), acronyms: findUndefinedAcronyms(text, glossary), definitions: inlineDefinitions(text) },
      );
    }
    cache = next;

    const definedInText = new Set(blocks.flatMap(({ text }) => next.get(text)!.definitions.map((definition) => definition.acronym)));
    const report: ConsistencyReport = { names: [], acronyms: [] };
    const seen = new Set<string>();
    for (const { key, text } of blocks) {
      const scan = next.get(text)!;
      for (const finding of scan.names) report.names.push({ blockKey: key, ...finding });
      for (const acronym of scan.acronyms) {
        if (seen.has(acronym) || definedInText.has(acronym)) continue;
        seen.add(acronym);
        report.acronyms.push({ acronym, blockKey: key });
      }
    }
    return report;
  };
}
