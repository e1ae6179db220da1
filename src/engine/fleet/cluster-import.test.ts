// ASA cluster members in a bulk import (cluster-captures.ts), from the importer's fixtures.
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../evaluate';
import type { PakUnit } from '../plan/schema';
import { bulkImport } from './bulk-import';
import { fixture, underHeaders } from '../test-support/fleet-fixture-text';

const START = '2027-03-01';
// The ASA 5585-X SSP-20 (hostname core-fw) prints "Security Contexts : 100", "Total TLS Proxy Sessions : 2",
// "Cluster : Enabled" and "Cluster Members : 16"; three units of one cluster print the same hostname and their own serials.
const member = (serial: string): string => fixture('asa-5585-x-ssp-20-security-plus.txt').replace('JAF1623ACDE', serial);

describe('bulkImport: ASA cluster members', () => {
  const text = underHeaders([
    ['core-a', member('JAF1623ACDE')],
    ['branch', fixture('asa-5506-x-security-plus.txt')],
    ['core-b', member('JAF1623ACDF')],
    ['core-c', member('JAF1623ACDG')],
  ]);
  const r = bulkImport([{ name: 'run.txt', text }], START);

  it('groups the members into one cluster plan, the first output as the control unit', () => {
    expect(r.devices.map((d) => [d.label, d.cluster ?? false, d.plan?.deployment.mode, d.plan?.deployment.units.length])).toEqual([
      ['core-a', true, 'cluster', 3],
      ['branch', false, 'standalone', 1],
    ]);
    const cluster = r.devices[0]!;
    expect(cluster.serials).toEqual(['JAF1623ACDE', 'JAF1623ACDF', 'JAF1623ACDG']);
    const units = cluster.plan!.deployment.units as PakUnit[];
    expect(units.map((u) => [u.id, u.model, u.serial, u.permanent.features['security-contexts']])).toEqual([
      ['control', 'asa-5585-x-ssp-20', 'JAF1623ACDE', 100],
      ['data-1', 'asa-5585-x-ssp-20', 'JAF1623ACDF', 100],
      ['data-2', 'asa-5585-x-ssp-20', 'JAF1623ACDG', 100],
    ]);
    expect(cluster.plan!.name).toBe('core-a: ASA cluster of 3 units');
    expect(cluster.issues[0]).toMatchObject({ code: 'fleet-cluster', severity: 'info' });
    expect(cluster.issues[0]!.message).toMatch(/same hostname "core-fw"/);
  });

  it('combines the members\' licenses into one running cluster license (000 §"How Failover or ASA Cluster Licenses Combine")', () => {
    const result = evaluatePlan(r.devices[0]!.plan!);
    expect(result.valid).toBe(true);
    // Numerical tiers add up to the platform limit: 3 × 100 contexts, capped at the SSP-20's 250; 3 × 2 TLS Proxy sessions.
    expect(result.running['security-contexts']).toBe(250);
    expect(result.running['uc-proxy-sessions']).toBe(6);
  });

  it('keeps every member line numbered in the pasted text', () => {
    const lines = text.split('\n');
    const cluster = r.devices[0]!;
    expect(lines[cluster.fromLine - 1]).toBe('core-fw# show version');
    for (const u of cluster.unmapped) expect(lines[u.line - 1]!.trimEnd()).toBe(u.text);
  });

  it('never groups outputs of the factory hostname "ciscoasa" (two standalone 5545-X)', () => {
    const two = underHeaders([
      ['x', fixture('asa-5545-x-crlf-pager.txt')],
      ['y', fixture('asa-5545-x-crlf-pager.txt').replace('FCH1851J0CD', 'FCH1851J0CE')],
    ]);
    expect(bulkImport([{ name: 't', text: two }], START).devices.map((d) => [d.cluster ?? false, d.plan?.deployment.mode])).toEqual([
      [false, 'standalone'],
      [false, 'standalone'],
    ]);
  });

  it('does not group more outputs than the printed "Cluster Members" allow, and says why', () => {
    // The ASA 5512-X Security Plus prints "Cluster Members : 2" (2-unit clusters, 000 §"Licenses": ASA 5512-X).
    const unit = (serial: string) => fixture('asa-5512-x-security-plus.txt').replace('FGL170241QT', serial);
    const three = underHeaders([
      ['a', unit('FGL170241QA')],
      ['b', unit('FGL170241QB')],
      ['c', unit('FGL170241QC')],
    ]);
    const devices = bulkImport([{ name: 't', text: three }], START).devices;
    expect(devices.map((d) => d.plan?.deployment.mode)).toEqual(['standalone', 'standalone', 'standalone']);
    expect(devices[0]!.issues.find((i) => i.code === 'fleet-not-paired')?.message).toMatch(/3 outputs print the hostname "asa5512", more than the 2 cluster members/);
    // Two of them are one 2-unit cluster.
    const two = bulkImport(
      [
        {
          name: 't',
          text: underHeaders([
            ['a', unit('FGL170241QA')],
            ['b', unit('FGL170241QB')],
          ]),
        },
      ],
      START,
    ).devices;
    expect(two.map((d) => [d.plan?.deployment.mode, d.plan?.deployment.units.length])).toEqual([['cluster', 2]]);
  });
});
