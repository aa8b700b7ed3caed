// A small, strict XML scanner for the parts of a Word document review reads
// (comments and the text they cover). It only splits the text into tags and
// character data and decodes the five named entities and character
// references: no DTDs, no external entities, nothing fetched or executed. A
// document type declaration or unbalanced tags are refused as malformed.

export type XmlEvent =
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

export class XmlFormatError extends Error {}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body.startsWith('#x') ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (code > 0x10ffff) throw new XmlFormatError(`it has an impossible character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[body];
    if (named === undefined) throw new XmlFormatError(`it uses an unknown entity ${whole}`);
    return named;
  });
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=<>/]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=<>/]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

/** Scans an XML part into events; `part` names it in error messages. */
export function scanXml(xml: string, part: string): XmlEvent[] {
  const events: XmlEvent[] = [];
  const open: string[] = [];
  let at = 0;
  try {
    while (at < xml.length) {
      const lt = xml.indexOf('<', at);
      const textEnd = lt === -1 ? xml.length : lt;
      if (textEnd > at) {
        const text = xml.slice(at, textEnd);
        if (open.length > 0) events.push({ kind: 'text', text: decodeEntities(text) });
        else if (text.trim()) throw new XmlFormatError('it has text outside its root element');
      }
      if (lt === -1) break;
      if (xml.startsWith('<?', lt)) at = skipTo(xml, lt, '?>');
      else if (xml.startsWith('<!--', lt)) at = skipTo(xml, lt, '-->');
      else if (xml.startsWith('<![CDATA[', lt)) {
        const end = skipTo(xml, lt, ']]>');
        events.push({ kind: 'text', text: xml.slice(lt + 9, end - 3) });
        at = end;
      } else if (xml.startsWith('<!', lt)) throw new XmlFormatError('it contains a document type declaration, which Minute Book does not read');
      else {
        TAG.lastIndex = lt;
        const match = TAG.exec(xml);
        if (!match) throw new XmlFormatError(`it has a malformed tag at character ${lt}`);
        const [, closing, name, rawAttributes, selfClosing] = match as unknown as [string, string, string, string, string];
        if (closing) {
          if (open.pop() !== name) throw new XmlFormatError(`its </${name}> does not close the element that is open`);
          events.push({ kind: 'close', name });
        } else {
          const attributes: Record<string, string> = {};
          for (const attribute of rawAttributes.matchAll(ATTRIBUTE)) attributes[attribute[1]!] = decodeEntities(attribute[2] ?? attribute[3] ?? '');
          events.push({ kind: 'open', name, attributes, selfClosing: selfClosing === '/' });
          if (selfClosing !== '/') open.push(name);
        }
        at = TAG.lastIndex;
      }
    }
    if (open.length > 0) throw new XmlFormatError(`it ends before <${open.at(-1)}> is closed`);
  } catch (error) {
    if (error instanceof XmlFormatError) throw new XmlFormatError(`${part} is not well-formed: ${error.message}.`);
    throw error;
  }
  return events;
}

function skipTo(xml: string, from: number, terminator: string): number {
  const end = xml.indexOf(terminator, from);
  if (end === -1) throw new XmlFormatError('it ends inside a comment or declaration');
  return end + terminator.length;
}
