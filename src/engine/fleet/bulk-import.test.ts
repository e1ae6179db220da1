import { describe, expect, it } from 'vitest';
import type { PakUnit } from '../plan/schema';
import { bulkImport } from './bulk-import';
import { fixture, renamed, underHeaders } from '../test-support/fleet-fixture-text';

const START = '2027-03-01';

describe('bulkImport: one text of many captures', () => {
  const text = underHeaders([
    ['branch-1', renamed('asa-5506-x-security-plus.txt', 'branch-1')],
    ['dc-edge', renamed('asa-5525-x-pair-both-units.txt', 'dc-edge')],
    ['lab-ftd', fixture('ftd-on-asa-5516-x.txt')],
    ['dc-core', renamed('asa-5545-x-show-version.txt', 'dc-core')],
    ['cloud', fixture('asav-show-version.txt')],
  ]);
  const r = bulkImport([{ name: 'run.txt', text }], START);

  it('makes one device per capture and one for the failover pair', () => {
    expect(r.devices.map((d) => d.label)).toEqual(['branch-1', 'dc-edge', 'lab-ftd', 'dc-core', 'cloud']);
    expect(r.devices.map((d) => d.plan?.deployment.units.map((u) => u.model).join('+') ?? null)).toEqual(['asa-5506-x', 'asa-5525-x+asa-5525-x', null, 'asa-5545-x', 'asav']);
  });

  it('recognises the pair from both units (same hostname, two serials, failover prompts) and keeps each unit its own license', () => {
    const pair = r.devices[1]!;
    expect(pair.pair).toBe(true);
    expect(pair.serials).toEqual(['FCH1937J2BB', 'FCH1937J1AA']);
    expect(pair.plan!.deployment.mode).toBe('failover');
    const [primary, secondary] = pair.plan!.deployment.units as [PakUnit, PakUnit];
    // The fixture's primary (serial …J1AA) prints 10 contexts, the secondary 2 (000 §"How Failover or ASA Cluster Licenses Combine").
    expect([primary.id, primary.serial, primary.permanent.features['security-contexts']]).toEqual(['primary', 'FCH1937J1AA', 10]);
    expect([secondary.id, secondary.serial]).toEqual(['secondary', 'FCH1937J2BB']);
  });

  it('lists the refused device with the importer reason, and its lines in the pasted text', () => {
    const ftd = r.devices[2]!;
    expect(ftd.plan).toBeNull();
    expect(ftd.refused.join(' ')).toMatch(/Firepower Threat Defense \(FTD\) on ASA 5516-X/);
    const lines = text.split('\n');
    expect(lines[ftd.fromLine - 1]).toBe('> show version');
    // The importer's "line N" is the line of the whole pasted text.
    const n = Number(/^line (\d+):/.exec(ftd.refused[0]!)![1]);
    expect(lines[n - 1]).toMatch(/Threat Defense/);
  });

  it('keeps every device its unmapped lines, numbered in the pasted text', () => {
    const core = r.devices[3]!;
    expect(core.unmapped.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    for (const u of core.unmapped) expect(lines[u.line - 1]!.trimEnd()).toBe(u.text);
  });

  it('names each plan after its header', () => {
    expect(r.devices[0]!.plan!.name).toMatch(/^branch-1: Imported ASA 5506-X/);
  });
});

describe('bulkImport: pairs and sources', () => {
  it('reads several files; a unit whose peer output is missing derives the peer from the cluster block', () => {
    const r = bulkImport(
      [
        { name: 'a.txt', text: renamed('asa-5555-x-failover-primary.txt', 'core') },
        { name: 'b.txt', text: renamed('asa-5512-x-security-plus.txt', 'edge') },
      ],
      START,
    );
    expect(r.devices.map((d) => [d.source, d.pair, d.plan?.deployment.mode])).toEqual([
      ['a.txt', false, 'failover'],
      ['b.txt', false, 'standalone'],
    ]);
  });

  it('does not pair three failover units of one hostname, and says why', () => {
    const text = underHeaders([
      ['x', renamed('asa-5525-x-pair-both-units.txt', 'same')],
      ['y', renamed('asa-5555-x-failover-primary.txt', 'same')],
    ]);
    const r = bulkImport([{ name: 't', text }], START);
    expect(r.devices.every((d) => !d.pair)).toBe(true);
    expect(r.devices.length).toBe(3);
    expect(r.devices[0]!.issues.find((i) => i.code === 'fleet-not-paired')?.message).toMatch(/3 units in failover print the hostname "same"/);
  });

  it('splits captures pasted back to back without headers at each new prompt', () => {
    const text = [renamed('asa-5506-x-security-plus.txt', 'b1'), renamed('asa-5545-x-show-version.txt', 'b2')].join('\n');
    const r = bulkImport([{ name: 't', text }], START);
    expect(r.devices.map((d) => d.plan?.deployment.units[0]!.model)).toEqual(['asa-5506-x', 'asa-5545-x']);
  });

  it('refuses nothing silently: an empty text is an error', () => {
    expect(bulkImport([{ name: 't', text: '\n\n' }], START).issues[0]!.code).toBe('fleet-import-empty');
  });
});
