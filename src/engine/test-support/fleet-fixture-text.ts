// Bulk texts for the fleet tests, built from the single-device importer's fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'device-text', 'fixtures', name), 'utf8');

/** The fixture with its hostname ("asa") renamed, as a collection run of a real estate would show it. */
export const renamed = (name: string, host: string): string => fixture(name).replace(/^asa(?=[/#> ]| up)/gm, host);

/** Captures under collection headers, as one text. */
export const underHeaders = (parts: readonly [header: string, text: string][]): string => parts.map(([h, t]) => `===== ${h} =====\n${t}`).join('\n');
