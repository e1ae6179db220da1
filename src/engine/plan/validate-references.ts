// Cross-references inside a plan: unit ids, the keys and units events name, the deployment shape.
import { isPakModelId } from '../catalog/lookup';
import type { Issue } from '../types';
import { overlappingPowerOffs } from './power-off-overlap';
import type { Plan } from './schema';

const SPEC_EVENTS = 'plan-format.md §"Events"';
const SPEC_PLAN = 'plan-format.md §"Plan"';

export function validateReferences(plan: Plan): Issue[] {
  const issues: Issue[] = [];
  const error = (code: string, path: string, message: string, cite: string, extra: Partial<Issue> = {}): void => {
    issues.push({ severity: 'error', code, message: `${path}: ${message}`, path, cite, ...extra });
  };
  const { deployment } = plan;
  const unitIndex = new Map<string, number>();
  deployment.units.forEach((unit, i) => {
    if (unitIndex.has(unit.id))
      error('duplicate-unit-id', `deployment.units[${i}].id`, `"${unit.id}" is already the id of deployment.units[${unitIndex.get(unit.id)}]; unit ids must be unique`, SPEC_PLAN);
    else unitIndex.set(unit.id, i);
  });

  if (deployment.mode === 'standalone' && deployment.units.length > 1) {
    error('standalone-one-unit', 'deployment.units', `${deployment.units.length} units in a standalone deployment; use mode "failover" or "cluster" for more than one`, SPEC_PLAN);
  }
  if (deployment.mode === 'failover' && deployment.units.length !== 2) {
    error('failover-two-units', 'deployment.units', `${deployment.units.length} unit(s): a failover pair has exactly 2 units (units[0] is the primary)`, '000 §"Failover or ASA Cluster Licenses"');
  }
  if (deployment.mode === 'cluster' && deployment.units.length < 2) {
    error(
      'cluster-units',
      'deployment.units',
      `${deployment.units.length} unit: a cluster has at least 2 units (units[0] is the control unit)`,
      '000 §"ASA Cluster License Requirements and Exceptions"',
    );
  }
  if (deployment.failover !== undefined && deployment.mode !== 'failover') {
    issues.push({
      severity: 'info',
      code: 'failover-mode-ignored',
      message: `deployment.failover: "${deployment.failover}" is ignored because deployment.mode is "${deployment.mode}"`,
      path: 'deployment.failover',
      cite: SPEC_PLAN,
    });
  }
  const kinds = new Set(deployment.units.map((u) => (isPakModelId(u.model) ? 'PAK' : 'Smart')));
  if (kinds.size > 1) {
    error(
      'mixed-licensing',
      'deployment.units',
      'mixes PAK-licensed and Smart-licensed models; the units of a failover pair or cluster must be the same platform',
      '000 §"Failover or ASA Cluster Licenses"; 001 §"Failover or ASA Cluster Licenses"',
    );
  }

  let lastLinkDownEnd = -1;
  const linkDowns = plan.events
    .map((event, i) => ({ event, i }))
    .filter((e) => e.event.type === 'link-down')
    .sort((a, b) => a.event.day - b.event.day);
  for (const { event, i } of linkDowns) {
    if (event.type !== 'link-down') continue;
    if (deployment.mode === 'standalone')
      error('link-down-standalone', `events[${i}]`, 'a link-down event needs a failover pair or a cluster', '000 §"Loss of Communication Between Failover or ASA Cluster Units"');
    if (event.day < lastLinkDownEnd) error('link-down-overlap', `events[${i}].day`, `${event.day} falls inside the previous link-down (which lasts until day ${lastLinkDownEnd})`, SPEC_EVENTS);
    lastLinkDownEnd = Math.max(lastLinkDownEnd, event.day + event.days);
  }

  issues.push(...overlappingPowerOffs(plan));

  plan.events.forEach((event, i) => {
    if (event.type === 'link-down') return;
    const path = `events[${i}]`;
    const u = unitIndex.get(event.unit);
    if (u === undefined) {
      error('event-unknown-unit', `${path}.unit`, `"${event.unit}" is not the id of a unit in deployment.units`, SPEC_EVENTS);
      return;
    }
    const unit = deployment.units[u]!;
    if (event.type === 'no-call-home' && isPakModelId(unit.model)) {
      error('no-call-home-pak', `${path}.unit`, `"${event.unit}" is PAK-licensed; no-call-home applies to Smart-licensed units`, '001 §"Smart Software Manager Communication"');
    }
    if (event.type === 'permanent-key' && !isPakModelId(unit.model)) {
      error('permanent-key-smart', `${path}.unit`, `"${event.unit}" is Smart-licensed; permanent activation keys are for PAK-licensed units`, SPEC_EVENTS);
    }
    if (event.type === 'activate' || event.type === 'deactivate') {
      if (!('timeBased' in unit)) {
        error('event-key-smart', `${path}.unit`, `"${event.unit}" is Smart-licensed and has no time-based keys to ${event.type}`, SPEC_EVENTS);
        return;
      }
      const key = unit.timeBased.find((k) => k.id === event.key);
      if (key === undefined) error('event-unknown-key', `${path}.key`, `"${event.key}" is not a time-based key of unit "${event.unit}"`, SPEC_EVENTS, { unit: event.unit });
      else if (key.installDay > event.day)
        error('event-before-install', `${path}.day`, `${event.day} is before key "${event.key}" is installed (day ${key.installDay})`, SPEC_EVENTS, { unit: event.unit, key: event.key });
    }
  });
  return issues;
}
