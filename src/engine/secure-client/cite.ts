// Citations of the Secure Client sources. The two FAQs are the same program before (002,
// "AnyConnect") and after (003, "Cisco Secure Client") the rename, so a rule cites the question
// heading in each file as that file spells it.
import type { Cite } from '../types';

/** `002 §"<question>"; 003 §"<question>"`; the 003 heading defaults to 002's with the new name. */
export function faq(heading002: string, heading003: string = heading002.replaceAll('AnyConnect', 'Cisco Secure Client')): Cite {
  return `002 §"${heading002}"; 003 §"${heading003}"`;
}

/** A section of 000 ("Licenses: Product Authorization Key Licensing"). */
export const s000 = (heading: string): Cite => `000 §"${heading}"`;

/** A section of 001 ("Licenses: Smart Software Licensing"). */
export const s001 = (heading: string): Cite => `001 §"${heading}"`;
