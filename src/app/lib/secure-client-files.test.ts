import { describe, expect, it } from 'vitest';
import { fileStem, renewalCalendarFileName } from './secure-client-files';

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

  it('names the renewal calendar after the plan', () => {
    expect(renewalCalendarFileName('HQ edge pair')).toBe('hq-edge-pair.secure-client-renewals.ics');
  });
});
