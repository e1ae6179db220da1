// A collection run's output for the fleet e2e test: 25 captures under "=====" headers, written from
// the single-device importer's fixtures (src/engine/device-text/fixtures), which follow the
// documents' tables (000 §"Monitoring PAK Licenses", 001 show license all). It holds a failover
// pair with both units' output, eight ASA 5545-X whose Botnet Traffic Filter keys have different
// days left, and three outputs the importer refuses (FTD, PIX, a header without license lines).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../src/engine/device-text/fixtures/', import.meta.url));
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

export interface FleetCapture {
  header: string;
  text: string;
}

export function fleetCaptures(): FleetCapture[] {
  const edge = fixture('asa-5545-x-show-version.txt');
  const variants = [30, 60, 90, 150, 200, 250, 300, 45].map((days, i) => ({
    header: `edge-fw-${i + 2}`,
    text: edge
      .replace(/edge-fw/g, `edge-fw-${i + 2}`)
      .replace('FCH1851J0AB', `FCH1851K${String(i + 10)}`)
      .replace(/Enabled(\s+)120 days/, (_m, sp: string) => `Enabled${sp}${days} days`),
  }));
  const pair = fixture('asa-5525-x-pair-both-units.txt')
    .replace(/^asa(?=[/#> ]| up)/gm, 'dc-edge')
    .replace('FCH1937J2BB', 'FCH1937J4DD')
    .replace('FCH1937J1AA', 'FCH1937J3CC');
  return [
    { header: 'branch-1', text: fixture('asa-5506-x-security-plus.txt') },
    { header: 'branch-2', text: fixture('asa-5512-x-security-plus.txt') },
    { header: 'dc1-fw', text: fixture('asa-5525-x-activation-key.txt') },
    { header: 'dc-edge pair', text: pair },
    { header: 'lab-5545', text: fixture('asa-5545-x-crlf-pager.txt') },
    { header: 'edge-fw', text: edge },
    ...variants,
    { header: 'core', text: fixture('asa-5555-x-failover-primary.txt').replace(/^asa(?=[/#> ]| up)/gm, 'core') },
    { header: 'campus-ssp10', text: fixture('asa-5585-x-ssp-10-8x-labels.txt') },
    { header: 'campus-ssp20', text: fixture('asa-5585-x-ssp-20-security-plus.txt') },
    { header: 'cat6k-asasm', text: fixture('asasm-multiple-context.txt') },
    { header: 'cloud-asav', text: fixture('asav-show-version.txt') },
    { header: 'dc2-fpr2130', text: fixture('fpr-2130-show-license-all.txt') },
    { header: 'plant-isa', text: fixture('isa-3000-base.txt') },
    { header: 'lab-ftd', text: fixture('ftd-on-asa-5516-x.txt') },
    { header: 'old-pix', text: fixture('pix-515e-show-version.txt') },
    { header: 'half-paste', text: fixture('asa-5545-x-header-only.txt') },
  ];
}

export const fleetText = (): string =>
  fleetCaptures()
    .map((c) => `===== ${c.header} =====\n${c.text}`)
    .join('\n');
