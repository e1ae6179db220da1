// Lines of show version / show license output that carry no license: known, and left out on purpose.

const DEVICE_INFO = 'device information, not a license';

const PATTERNS: readonly [RegExp, string][] = [
  [/^\s*(Firepower Extensible Operating System|SSP Operating System|Device Manager) Version\b/i, DEVICE_INFO],
  [/^\s*Compiled on\b/, DEVICE_INFO],
  [/^\s*System image file is\b/, DEVICE_INFO],
  [/^\s*Config file at boot was\b/, DEVICE_INFO],
  [/^\s*(Internal ATA Compact Flash|Slot \d+:|BIOS Flash|Encryption hardware device|Number of accelerators|Boot microcode|SSL\/IKE microcode|IPSec microcode)/i, DEVICE_INFO],
  [/^\s*\d+:\s+(Ext|Int):\s/, 'interface list, not a license'],
  [/^\s+ASA:\s+\d+ MB RAM\b/, DEVICE_INFO],
  [/^\s*Configuration register is\b/, DEVICE_INFO],
  [/^\s*Image type\s*:/i, DEVICE_INFO],
  [/^\s*Key version\s*:/i, DEVICE_INFO],
  [/^\s*Configuration (last modified by|has not been modified)\b/, DEVICE_INFO],
  [/^\s*Firewall throughput limited to\b/i, 'a consequence of the license state read from other lines'],
  [/^\s*\*?Memory resource allocation\b/i, 'a resource warning, not a license'],
  [/^\s*Verify the activation-key, it might take a while/i, DEVICE_INFO],
  [/^\s*Smart Licensing Status\s*$/i, 'heading'],
  [/^\s*=+\s*$/, 'heading underline'],
  [/^\s*Smart Licensing is (ENABLED|DISABLED)\s*$/i, 'heading'],
  [
    /^\s*(Status|Smart Account|Virtual Account|Initial Registration|Last Renewal Attempt|Next Renewal Attempt|Registration Expires|Last Communication Attempt|Next Communication Attempt|Communication Deadline|Evaluation Period Remaining|Sending Hostname|Callhome hostname privacy|Smart Licensing hostname privacy|Version privacy|Type|Custom Id|Automatic Conversion Enabled|Description|Version|Export status|Overall status|Feature Name|Expires|Reservation Status|Request code|Last Confirmation code)\s*:/i,
    'Smart Licensing status detail, not an entitlement',
  ],
  [
    /^\s*(Utility|Data Privacy|Transport|Miscellaneous|Export Authorization Key|Features Authorized|License Conversion|Product Information|Agent Version|Reservation Info|Registration|License Authorization)\s*:?\s*$/i,
    'heading',
  ],
  [/^\s*<none>\s*$/i, 'empty list'],
  [/^\s*Smart Agent for Licensing\s*:/i, DEVICE_INFO],
  [
    /^\s*(Failover On|Failover Off|Failover LAN Interface|Failover unit|Failover replication http|Version:|Last Failover at|Other host:|Unit Poll frequency|Interface Poll frequency|Interface Policy|Monitored Interfaces)/i,
    'show failover detail, not a license',
  ],
];

/** The reason a line is known boilerplate, or null. */
export function boilerplateReason(text: string): string | null {
  for (const [re, reason] of PATTERNS) if (re.test(text)) return reason;
  return null;
}
