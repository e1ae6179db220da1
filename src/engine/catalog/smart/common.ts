// Rules that several Smart families share, written once with their 001 citations.
import type { CatalogNote } from '../types';
import { CITE } from './cites';
import type { EvaluationSpec, OutOfComplianceSpec, PlrSpec, SmartFailoverSpec, StrongEncryptionSpec } from './types';

export const EVALUATION_DAYS = 90;
/** Grace of the aggregated failover/cluster license after a failover while non-compliant. */
export const FAILOVER_GRACE_DAYS = 30;

export const hardwareEvaluation = (family: string): EvaluationSpec => ({
  days: EVALUATION_DAYS,
  text: `Before the ${family} registers with the Smart Software Manager, it operates for 90 days (total usage) in evaluation mode. Only default entitlements are enabled; there is no evaluation license for Strong Encryption (3DES/AES). When this period ends, it becomes out-of-compliance.`,
  cite: CITE.evaluation,
});

export const chassisEvaluation: EvaluationSpec = {
  days: EVALUATION_DAYS,
  text: 'Chassis-level evaluation mode: before the Firepower 4100/9300 chassis registers, it operates for 90 days (total usage); the ASA cannot request specific entitlements, only default entitlements are enabled; then the chassis becomes out-of-compliance. (Entitlement-based evaluation licenses, obtained after registration, are time-based and are not modelled by the plan format.)',
  cite: CITE.evaluation,
};

export const noConfigChanges = (family: string, cite = CITE.outOfCompliance): OutOfComplianceSpec => ({
  effect: 'no-licensed-config-changes',
  text: `${family}: you will not be able to make configuration changes to features requiring special licenses, but operation is otherwise unaffected (existing contexts keep running; you cannot add a new context).`,
  cite,
});

export const APPLIANCE_ENCRYPTION: StrongEncryptionSpec = {
  beforeRegistration:
    '3DES is included for management access only (ASDM, SSH, SCP); other features that need strong encryption (such as VPN) need the Strong Encryption license, which requires registering first.',
  survivesReRegistration: true,
  cite: CITE.encAppliance,
};

export const FPR4100_ENCRYPTION: StrongEncryptionSpec = {
  beforeRegistration: 'Through-the-box traffic that requires strong encryption (such as VPN) is not allowed until the chassis connects and obtains the Strong Encryption license.',
  survivesReRegistration: false,
  cite: CITE.encFpr4100,
};

export const hardwarePlr = (features: string, cite: string): PlrSpec => ({
  text: `One license enables all features: ${features}; Strong Encryption (3DES/AES) if the account qualifies; AnyConnect Client capabilities to the platform maximum (contingent on an AnyConnect Client license). You also need to request the entitlements in the ASA configuration so that the ASA allows their use.`,
  requestInAsa: true,
  cite,
});

const SAME_ENCRYPTION = 'Each ASA must have the same encryption license when forming a failover pair (the registration token applies Strong Encryption to qualified accounts).';

export const activeRequestsFailover = (family: string, cite: string): SmartFailoverSpec => ({
  modes: ['active-standby', 'active-active'],
  requires: ['standard'],
  registration: 'primary',
  requests: { standard: 'primary', contexts: 'primary', 'strong-encryption': 'primary' },
  graceDays: FAILOVER_GRACE_DAYS,
  renewalRequestInterval: '35 seconds',
  text: `${family}: only the active unit requests licenses; they are aggregated into one failover license shared by the pair, at no extra cost for the secondary. The standby has the Standard license by default and need not register. ${SAME_ENCRYPTION}`,
  cite,
});

export const UNIT_CONFIG_NOTE: CatalogNote = {
  id: 'config-on-primary',
  text: 'After you enable failover (or clustering) you can only configure smart licensing on the active (control) unit; Active/Active: on the unit with failover group 1 active. The configuration is replicated and cached on the other units.',
  cite: CITE.failover1100,
};
