// The XMP metadata packet PDF/A requires on the catalog: the PDF/A
// identification (part and conformance) and, for every entry of the Info
// dictionary that has an XMP twin, the same value — a validator compares
// them. Only predefined schemas are used (dc, xmp, pdf, pdfaid), so no
// extension schema is needed. Values are the clerk's text: always escaped.

export interface XmpFields {
  /** The PDF/A part and conformance, or null for a PDF that does not claim PDF/A. */
  part: 2 | null;
  conformance: 'U' | 'B' | null;
  /** PDF/UA part (ISO 14289-1), or absent when not claimed. */
  ua?: 1;
  title: string | null;
  author: string | null;
  subject: string | null;
  keywords: string | null;
  creatorTool: string | null;
  producer: string | null;
  /** BCP 47 tag, e.g. en-GB. */
  language: string | null;
  created: Date;
  modified: Date;
}

/** XML 1.0 cannot carry most C0 controls, even escaped; tab, line feed and carriage return it can. */
const xmlCharacter = (char: string) => {
  const code = char.charCodeAt(0);
  return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : code === 0x09 || code === 0x0a || code === 0x0d;
};

/** The text without characters XML cannot carry; the Info dictionary gets the same, so the two still agree. */
export function xmlSafeText(text: string): string {
  return [...text].filter(xmlCharacter).join('');
}

function xmlText(text: string): string {
  return xmlSafeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** XMP date in UTC; the Info dictionary gets the same instant from pdfDateUtc. */
export function xmpDateUtc(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}+00:00`;
}

/** PDF date string (ISO 32000 7.9.4) in UTC, seconds precision like xmpDateUtc. */
export function pdfDateUtc(date: Date): string {
  return `D:${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}+00'00'`;
}

const langAlt = (name: string, value: string) => `<${name}><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(value)}</rdf:li></rdf:Alt></${name}>`;

const PDFUA_EXTENSION_SCHEMA = [
  '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
  '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>',
  '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>',
  '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>',
  '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
  '<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>',
  '<pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>',
  '</rdf:li></rdf:Seq></pdfaSchema:property>',
  '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
].join('');

export function xmpPacket(fields: XmpFields): string {
  const properties = [
    fields.part !== null ? `<pdfaid:part>${fields.part}</pdfaid:part>` : '',
    fields.conformance !== null ? `<pdfaid:conformance>${fields.conformance}</pdfaid:conformance>` : '',
    fields.ua ? `<pdfuaid:part>${fields.ua}</pdfuaid:part>` : '',
    // PDF/A-2 knows only its predefined schemas: pdfuaid in a PDF/A file must be described by an extension schema.
    fields.ua && fields.part !== null ? PDFUA_EXTENSION_SCHEMA : '',
    fields.title !== null ? langAlt('dc:title', fields.title) : '',
    fields.author !== null ? `<dc:creator><rdf:Seq><rdf:li>${xmlText(fields.author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    fields.subject !== null ? langAlt('dc:description', fields.subject) : '',
    fields.language !== null ? `<dc:language><rdf:Bag><rdf:li>${xmlText(fields.language)}</rdf:li></rdf:Bag></dc:language>` : '',
    '<dc:format>application/pdf</dc:format>',
    fields.keywords !== null ? `<pdf:Keywords>${xmlText(fields.keywords)}</pdf:Keywords>` : '',
    fields.producer !== null ? `<pdf:Producer>${xmlText(fields.producer)}</pdf:Producer>` : '',
    fields.creatorTool !== null ? `<xmp:CreatorTool>${xmlText(fields.creatorTool)}</xmp:CreatorTool>` : '',
    `<xmp:CreateDate>${xmpDateUtc(fields.created)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDateUtc(fields.modified)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${xmpDateUtc(fields.modified)}</xmp:MetadataDate>`,
  ].filter(Boolean);
  // Trailing padding lets a later tool rewrite the packet in place (XMP spec's advice).
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    '  xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"',
    '  xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ...(fields.ua ? ['  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"'] : []),
    ...(fields.ua && fields.part !== null
      ? [
          '  xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
          '  xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"',
          '  xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"',
        ]
      : []),
    '  xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    ...properties.map((property) => `  ${property}`),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    ...Array.from({ length: 20 }, () => ' '.repeat(99)),
    '<?xpacket end="w"?>',
  ].join('\n');
}
