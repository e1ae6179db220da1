// Event-driven simulation of a legacy shared AnyConnect Premium network: a server (or failover pair)
// lends its pool in 50-session steps, an optional backup server takes over within its operating
// limit, participants keep their sessions 24 hours without a server, and the server reclaims the
// sessions of a participant that misses 3 refreshes. Time advances from one change to the next.
import type { Issue } from '../../types';
import { advanceBackupLimit, BACKUP_INITIAL_SECONDS, BACKUP_MAX_SECONDS, backupLimitDeadline, backupLimitRate, type LimitRate } from './backup-limit';
import { BACKUP_SYSLOG_DAYS, CITE, connectionsInUse, DAY_SECONDS, MISSED_REFRESHES_BEFORE_RECLAIM, PARTICIPANT_GRACE_SECONDS, sharedTarget } from './shared-rules';
import type { ParticipantState, SharedEvent, SharedEventType, SharedLicensingInput, SharedLicensingResult, SharedStretch } from './types';
import { demandAt, intervalsByUnit, toSeconds, within, type Participant, type Server } from './simulation-state';
import { validateSharedInput } from './validate-shared-input';

const MAX_STEPS = 1_000_000;
export function simulateSharedLicensing(input: SharedLicensingInput): SharedLicensingResult {
  const checked = validateSharedInput(input);
  const issues: Issue[] = [...checked.issues];
  const interval = checked.refreshIntervalSeconds;
  const reclaimAfter = MISSED_REFRESHES_BEFORE_RECLAIM * interval;
  const horizon = toSeconds(input.horizonDays);
  const launch = toSeconds(input.launchDay ?? 0);
  const registeredAt = input.backup ? Math.max(launch, toSeconds(input.backup.registeredDay ?? 0)) : null;
  const serverUnits = [input.server.primary, input.server.standby].filter((u): u is string => u !== undefined);
  const backupUnits = input.backup ? [input.backup.primary, input.backup.standby].filter((u): u is string => u !== undefined) : [];
  const down = intervalsByUnit(input.outages ?? []);
  const cut = intervalsByUnit(input.unreachable ?? []);

  const participants: Participant[] = input.participants.map((spec) => ({
    spec,
    units: [spec.id, ...(spec.standby !== undefined ? [spec.standby] : [])],
    local: serverUnits.includes(spec.id) && (spec.localKind ?? 'permanent') === 'permanent' ? 0 : Math.min(spec.localSessions, spec.platformLimit),
    steps: [...spec.demand].map((d) => ({ at: toSeconds(d.day), sessions: d.sessions })).sort((a, b) => a.at - b.at),
    activeUnit: null,
    inContact: false,
    everInContact: false,
    lostAt: null,
    held: 0,
    allocated: 0,
    served: 0,
    waitingSince: null,
  }));

  const staticTimes = [
    ...new Set(
      [
        launch,
        ...(registeredAt !== null ? [registeredAt] : []),
        ...[...down.values(), ...cut.values()].flatMap((list) => list.flatMap(([s, e]) => [s, e])),
        ...participants.flatMap((p) => p.steps.map((s) => s.at)),
      ].filter((x) => x > 0 && x < horizon),
    ),
  ].sort((a, b) => a - b);

  const events: SharedEvent[] = [];
  const stretches: SharedStretch[] = [];
  let t = 0;
  let balance: number | null = null;
  let active: Server | null = null;
  let serverUpSince: number | null = null;
  let backupServingSince: number | null = null;
  let syslogsSent = 0;
  let rate: LimitRate = 0;

  const emit = (type: SharedEventType, message: string, cite: string, extra: Partial<SharedEvent> = {}): void => {
    events.push({ day: t / DAY_SECONDS, type, message, cite, ...extra });
  };
  const isUp = (unit: string): boolean => !within(down, unit, t);
  // ASA failover does not fail back: the active unit stays active while it is up.
  const firstUp = (units: readonly string[], current: string | null = null): string | null => (current !== null && units.includes(current) && isUp(current) ? current : (units.find(isUp) ?? null));
  let mainEverActive = false;

  function chooseServer(): void {
    if (registeredAt !== null && balance === null && t >= registeredAt) balance = BACKUP_INITIAL_SECONDS;
    const current = active?.unit ?? null;
    const mainUnit = t >= launch ? firstUp(serverUnits, current) : null;
    const backupUnit = balance !== null ? firstUp(backupUnits, current) : null;
    const next: Server | null = mainUnit !== null ? { role: 'main', unit: mainUnit } : backupUnit !== null && (balance ?? 0) > 0 ? { role: 'backup', unit: backupUnit } : null;
    const prev = active;
    if (prev?.role !== next?.role || prev?.unit !== next?.unit) {
      if (next === null) {
        if (prev?.role === 'backup' && (balance ?? 0) <= 0)
          emit('backup-limit-exhausted', `Backup server ${prev.unit} reached its operating limit: it stops issuing sessions and existing shared sessions time out`, CITE.backup, { unit: prev.unit });
        else emit('no-server', 'No shared licensing server is reachable; participants keep their shared sessions for up to 24 hours', CITE.communication);
      } else if (prev === null) {
        const type = next.role === 'backup' ? 'backup-takeover' : mainEverActive ? 'main-restored' : 'server-active';
        emit(type, `${next.role === 'main' ? 'Main' : 'Backup'} shared licensing server ${next.unit} is serving`, next.role === 'main' ? CITE.serverAndParticipants : CITE.backup, { unit: next.unit });
      } else if (prev.role === next.role) {
        emit(
          'server-failover',
          `${next.unit} takes over as ${next.role} shared licensing server after failover${next.role === 'backup' ? ', counting down where its peer left off' : ''}`,
          CITE.failoverServers,
          { unit: next.unit },
        );
      } else if (next.role === 'backup') {
        emit('backup-takeover', `Main server down: backup server ${next.unit} takes over with ${((balance ?? 0) / DAY_SECONDS).toFixed(2)} days of operating limit`, CITE.backup, { unit: next.unit });
      } else {
        emit('main-restored', `Main server ${next.unit} is back: it syncs with the backup and takes over`, CITE.backup, { unit: next.unit });
      }
    }
    if (next?.role === 'backup' && prev?.role !== 'backup') {
      backupServingSince = t;
      syslogsSent = 0;
    }
    if (next?.role !== 'backup') backupServingSince = null;
    if (next !== null && prev === null) serverUpSince = t;
    if (next === null) serverUpSince = null;
    active = next;
    if (next?.role === 'main') mainEverActive = true;
    const previousRate = rate;
    rate = balance === null ? 0 : backupLimitRate(next?.role === 'backup', mainUnit !== null, backupUnit !== null, balance);
    if (previousRate === 1 && balance === BACKUP_MAX_SECONDS) emit('backup-recharged', `The backup server's operating limit is back to ${BACKUP_MAX_SECONDS / DAY_SECONDS} days`, CITE.backup);
  }

  function backupSyslogs(): void {
    if (backupServingSince === null) return;
    while (syslogsSent < BACKUP_SYSLOG_DAYS.length && t - backupServingSince >= (BACKUP_SYSLOG_DAYS[syslogsSent] ?? Infinity) * DAY_SECONDS) {
      emit('backup-syslog', `Critical syslog: the backup server has been serving for ${BACKUP_SYSLOG_DAYS[syslogsSent] ?? 0} days`, CITE.backup, active !== null ? { unit: active.unit } : {});
      syslogsSent += 1;
    }
  }

  function updateContact(p: Participant): void {
    const unit = firstUp(p.units, p.activeUnit);
    const id = p.spec.id;
    const cameUp = p.activeUnit === null && unit !== null;
    if (unit === null) {
      if (p.activeUnit !== null) {
        emit('participant-down', `${id} is down; the server reclaims its ${p.allocated} shared sessions after ${MISSED_REFRESHES_BEFORE_RECLAIM} missed refreshes`, CITE.communication, {
          participant: id,
        });
        p.held = 0;
        p.served = 0;
        p.inContact = false;
        p.lostAt = t;
      }
      p.activeUnit = null;
    } else {
      if (p.activeUnit === null && p.everInContact) emit('participant-up', `${id} is up again`, CITE.serverAndParticipants, { participant: id, unit });
      else if (p.activeUnit !== null && p.activeUnit !== unit)
        emit('participant-failover', `${unit} becomes the active unit of participant ${id}; a transfer request moves its ${p.held} shared sessions to it`, CITE.failoverParticipants, {
          participant: id,
          unit,
          sessions: p.held,
        });
      p.activeUnit = unit;
    }
    const selfServed = active !== null && p.activeUnit === active.unit;
    const reachable = p.activeUnit !== null && active !== null && (selfServed || !within(cut, p.activeUnit, t));

    if (p.inContact && !reachable && p.activeUnit !== null) {
      p.inContact = false;
      p.lostAt = t;
      if (active !== null)
        emit('participant-unreachable', `${id} cannot reach the shared licensing server; it keeps its ${p.held} shared sessions for up to 24 hours`, CITE.communication, {
          participant: id,
          sessions: p.held,
        });
    }
    // §"Communication Issues …": after 24 hours without the server "the participant releases the shared license, even if it still needs the sessions".
    if (!p.inContact && p.activeUnit !== null && p.held > 0 && p.lostAt !== null && t >= p.lostAt + PARTICIPANT_GRACE_SECONDS) {
      emit('participant-grace-ended', `${id} has been without the server for 24 hours: it releases its ${p.held} shared sessions (existing connections stay up)`, CITE.communication, {
        participant: id,
        sessions: p.held,
      });
      p.held = 0;
    }
    // §"Communication Issues …": the server releases the sessions after 3 missed refresh intervals.
    if (!p.inContact && active !== null && p.allocated > 0 && t >= Math.max(p.lostAt ?? t, serverUpSince ?? t) + reclaimAfter) {
      emit(
        'sessions-reclaimed',
        `${active.unit} reclaims ${p.allocated} shared sessions from ${id} after ${MISSED_REFRESHES_BEFORE_RECLAIM} missed refreshes (${reclaimAfter} s)`,
        CITE.communication,
        { participant: id, sessions: p.allocated, unit: active.unit },
      );
      p.allocated = 0;
    }
    if (!p.inContact && reachable) {
      if (p.everInContact && !cameUp) {
        // "If a participant reconnects … before 24 hours expires, but after the server expired the
        // participant sessions, then the participant needs to send a new request".
        const reRequest = p.allocated === 0 && p.held > 0;
        emit('participant-reconnected', reRequest ? `${id} reconnects after the server reclaimed its sessions: it requests them again` : `${id} reaches the server again`, CITE.communication, {
          participant: id,
        });
        if (reRequest) p.held = 0;
      }
      if (p.held === 0) p.allocated = 0;
      p.inContact = true;
      p.everInContact = true;
      p.lostAt = null;
    }
  }

  function allocate(): void {
    for (const p of participants) {
      if (!p.inContact) continue;
      const target = sharedTarget(demandAt(p, t), p.local, p.spec.platformLimit);
      if (p.held > target) {
        // Step 9: "When the load is reduced on a participant, it sends a message to the server to release the shared sessions."
        emit('sessions-released', `${p.spec.id} releases ${p.held - target} shared sessions`, CITE.serverAndParticipants, { participant: p.spec.id, sessions: p.held - target });
        p.held = target;
        p.allocated = target;
      }
    }
    let free = input.pool - participants.reduce((s, p) => s + p.allocated, 0);
    const waiting = participants
      .map((p, index) => ({ p, index, target: p.inContact ? sharedTarget(demandAt(p, t), p.local, p.spec.platformLimit) : 0 }))
      .filter((w) => w.p.inContact && w.p.held < w.target)
      .sort((a, b) => (a.p.waitingSince ?? t) - (b.p.waitingSince ?? t) || a.index - b.index);
    for (const { p, target } of waiting) {
      // Step 8a: "If there are not enough sessions left … the server responds with as many sessions as available."
      const grant = Math.max(0, Math.min(target - p.held, free));
      if (grant > 0) {
        p.held += grant;
        p.allocated += grant;
        free -= grant;
        emit(
          'sessions-granted',
          `${active?.unit ?? 'The server'} lends ${p.spec.id} ${grant} shared sessions${p.held < target ? ` (${target - p.held} short: the pool is empty)` : ''}`,
          CITE.serverAndParticipants,
          { participant: p.spec.id, sessions: grant },
        );
      }
      if (p.held < target) {
        // Step 8b: "The participant continues to send refresh messages requesting more sessions until the server can adequately fulfill the request."
        if (p.waitingSince === null)
          emit('request-waiting', `${p.spec.id} keeps requesting ${target - p.held} more shared sessions`, CITE.serverAndParticipants, { participant: p.spec.id, sessions: target - p.held });
        p.waitingSince ??= t;
      } else p.waitingSince = null;
    }
    for (const p of participants) if (!p.inContact || p.held >= sharedTarget(demandAt(p, t), p.local, p.spec.platformLimit)) p.waitingSince = null;
  }

  function serve(): void {
    for (const p of participants) {
      const demand = p.activeUnit === null ? 0 : demandAt(p, t);
      const capacity = p.activeUnit === null ? 0 : Math.min(p.spec.platformLimit, p.local + p.held);
      p.served = p.activeUnit === null ? 0 : connectionsInUse(demand, p.served, capacity);
    }
  }

  function snapshot(): Omit<SharedStretch, 'from' | 'to'> {
    const states: Record<string, ParticipantState> = {};
    for (const p of participants) {
      const demand = p.activeUnit === null ? 0 : demandAt(p, t);
      states[p.spec.id] = { demand, local: p.local, held: p.held, allocated: p.allocated, served: p.served, unserved: Math.max(0, demand - p.served), inContact: p.inContact };
    }
    const heldTotal = participants.reduce((s, p) => s + p.held, 0);
    return {
      server: active === null ? null : { role: active.role, unit: active.unit },
      backupLimitDays: balance === null ? null : balance / DAY_SECONDS,
      backupLimitRate: rate,
      poolFree: input.pool - participants.reduce((s, p) => s + p.allocated, 0),
      overcommitted: heldTotal > input.pool,
      participants: states,
    };
  }

  const sameState = (a: Omit<SharedStretch, 'from' | 'to'>, b: SharedStretch): boolean =>
    JSON.stringify([a.server, a.backupLimitRate, a.poolFree, a.overcommitted, a.participants]) === JSON.stringify([b.server, b.backupLimitRate, b.poolFree, b.overcommitted, b.participants]);

  function settle(): void {
    // The 30-day syslog and the exhaustion of a full 30-day limit fall on the same moment: log first.
    backupSyslogs();
    chooseServer();
    for (const p of participants) updateContact(p);
    allocate();
    serve();
    const state = snapshot();
    const last = stretches[stretches.length - 1];
    const day = t / DAY_SECONDS;
    if (last && sameState(state, last)) return;
    if (last) last.to = day;
    stretches.push({ from: day, to: input.horizonDays, ...state });
  }

  function nextDeadline(): number | null {
    const candidates: number[] = [];
    if (balance !== null) {
      const d = backupLimitDeadline(balance, rate, t);
      if (d !== null) candidates.push(d);
    }
    if (backupServingSince !== null && syslogsSent < BACKUP_SYSLOG_DAYS.length) candidates.push(backupServingSince + (BACKUP_SYSLOG_DAYS[syslogsSent] ?? 0) * DAY_SECONDS);
    for (const p of participants) {
      if (!p.inContact && p.activeUnit !== null && p.held > 0 && p.lostAt !== null) candidates.push(p.lostAt + PARTICIPANT_GRACE_SECONDS);
      if (!p.inContact && active !== null && p.allocated > 0) candidates.push(Math.max(p.lostAt ?? t, serverUpSince ?? t) + reclaimAfter);
    }
    const future = candidates.filter((c) => c > t);
    return future.length === 0 ? null : Math.min(...future);
  }

  settle();
  let staticIndex = 0;
  for (let step = 0; step < MAX_STEPS; step += 1) {
    while (staticIndex < staticTimes.length && (staticTimes[staticIndex] ?? Infinity) <= t) staticIndex += 1;
    const candidates = [staticTimes[staticIndex], nextDeadline()].filter((x): x is number => x !== undefined && x !== null);
    const next = candidates.length === 0 ? horizon : Math.min(...candidates);
    if (next >= horizon) break;
    if (balance !== null) balance = advanceBackupLimit(balance, rate, next - t);
    t = next;
    settle();
    if (step === MAX_STEPS - 1)
      issues.push({
        severity: 'warning',
        code: 'shared-simulation-truncated',
        message: `secureClient.shared: the simulation stopped after ${MAX_STEPS} steps`,
        path: 'secureClient.shared',
        cite: CITE.serverAndParticipants,
      });
  }
  return { events, stretches, issues, refreshIntervalSeconds: interval };
}
