// Reads the XML parts of a Word document review looks at (comments and the
// text they cover) with saxes, a well-kept streaming parser that never reads a
// DTD, expands no entities beyond XML's five and character references, and
// fetches nothing. A document type declaration is refused outright, so
// "billion laughs" and external entities cannot even start. Events are handed
// to the caller one at a time (nothing is built up here), and the first
// mistake stops the read with a sentence a clerk can pass on.
import { SaxesParser } from 'saxes';

export type XmlEvent =
  { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean } | { kind: 'close'; name: string } | { kind: 'text'; text: string };

export class XmlFormatError extends Error {}

/** Calls `visit` for each tag and run of text in order; `part` names the part in error messages. */
export function forEachXmlEvent(xml: string, part: string, visit: (event: XmlEvent) => void): void {
  const parser = new SaxesParser({ position: true });
  const open: string[] = [];
  let problem: string | null = null;
  const stop = (why: string) => {
    problem ??= why;
    throw new XmlFormatError(why);
  };
  parser.on('doctype', () => stop('it contains a document type declaration, which Minute Book does not read'));
  parser.on('error', (error) => stop(plainWords(error.message, parser, open, xml)));
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = String(value);
    if (!tag.isSelfClosing) open.push(tag.name);
    visit({ kind: 'open', name: tag.name, attributes, selfClosing: tag.isSelfClosing });
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    open.pop();
    visit({ kind: 'close', name: tag.name });
  });
  parser.on('text', (text) => {
    if (open.length > 0) visit({ kind: 'text', text });
  });
  parser.on('cdata', (text) => visit({ kind: 'text', text }));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof XmlFormatError || problem) throw new XmlFormatError(`${part} is not well-formed: ${problem ?? (error as Error).message}.`);
    throw error;
  }
}

/** Every event of a part, in order (for small parts and tests; readers use forEachXmlEvent). */
export function scanXml(xml: string, part: string): XmlEvent[] {
  const events: XmlEvent[] = [];
  forEachXmlEvent(xml, part, (event) => events.push(event));
  return events;
}

/** saxes says "1:10: unexpected close tag."; a clerk (or IT) needs the tag and the line. */
function plainWords(message: string, parser: SaxesParser, open: string[], xml: string): string {
  const detail = message.replace(/^\d+:\d+:\s*/, '').replace(/\.$/, '');
  if (detail.startsWith('unclosed tag')) return `it ends before <${open.at(-1) ?? detail.slice(14)}> is closed`;
  if (detail === 'unexpected close tag') return `its </${closingName(xml, parser.position)}> does not close the element that is open`;
  if (detail === 'undefined entity') return `it uses an unknown entity on line ${parser.line}`;
  if (detail.includes('outside of root')) return 'it has text outside its root element';
  return `it has a mistake on line ${parser.line} (${detail})`;
}

/** The name in the close tag saxes had just read when it found that it matches nothing open. */
function closingName(xml: string, position: number): string {
  const at = xml.lastIndexOf('</', position);
  return /^<\/([^\s>]+)/.exec(xml.slice(at, at + 200))?.[1] ?? 'tag';
}
