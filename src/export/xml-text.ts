import { InvalidArgumentError } from '../errors.js';

// Characters XML 1.0 cannot represent at all, not even as character references.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for an XML attribute value or element content. Tabs, line feeds and carriage
 * returns become character references, so parsers do not normalise them to spaces (attribute
 * values) or CRLF to LF (content): the value reads back exactly. Throws on characters XML 1.0 cannot hold.
 */
export function xmlText(text: string): string {
  if (NOT_XML.test(text)) throw new InvalidArgumentError(`XML cannot hold a control character in ${JSON.stringify(text.slice(0, 80))}`);
  return text.replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c] as string);
}
