// Text as it may stand in an XML 1.0 document. Data comes from spreadsheets and web pages, where stray control
// characters (a vertical tab, a form feed) are common; XML 1.0 forbids them even escaped, and one of them makes
// the whole file unreadable, so they are dropped.

// Everything outside the XML 1.0 `Char` production; with the `u` flag lone surrogates fall outside too.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a literal CR (and CRLF) into LF; as a reference it survives.
  '\r': '&#13;',
};

// Attribute values are normalised by the parser: a literal tab or line break would come back as a space.
const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = { ...ENTITIES, '\t': '&#9;', '\n': '&#10;' };

/** Character data: the content of an element. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"'\r]/g, (char) => ENTITIES[char] ?? char);
}

/** The value of an attribute, to be written between double quotes. */
export function xmlAttribute(value: string): string {
  return value
    .replace(NOT_XML_CHAR, '')
    .replace(/[&<>"'\r\n\t]/g, (char) => ATTRIBUTE_ENTITIES[char] ?? char);
}
