import { describe, expect, it } from 'vitest';
import { renewalsFileName } from './renewal-list';
import { fileStem } from './secure-client-files';

describe('secure client file names', () => {
  it.each([
    ['HQ edge pair', 'hq-edge-pair'],
    ['  ../../etc/passwd  ', 'etc-passwd'],
    ['Zürich: DC 2 / "VPN"', 'zürich-dc-2-vpn'],
    ['***', 'plan'],
    ['', 'plan'],
    ['a'.repeat(80), 'a'.repeat(60)],
  ])('%j -> %j', (name, stem) => {
    expect(fileStem(name)).toBe(stem);
  });

  it('names the renewal calendar after the plan and the kind shown', () => {
    expect(renewalsFileName('HQ edge pair', 'secure-client')).toBe('hq-edge-pair.secure-client-renewals.ics');
    expect(renewalsFileName('HQ edge pair', 'all')).toBe('hq-edge-pair.renewals.ics');
    expect(renewalsFileName('HQ edge pair', 'time-based-key')).toBe('hq-edge-pair.time-based-key-renewals.ics');
  });
});
