// A Smart-licensed unit: registration method and the entitlements its model accepts (from the catalog).
import type { SmartUnit } from '../../../engine/index';
import type { UiModel } from '../../ui/display/model-info';
import { useUnitDispatch } from './use-unit-dispatch';
import { usePlanStore } from '../../store/plan-store';
import { CiteTip } from '../../ui/cite-tip';
import { DayDateInput } from './day-date-input';
import { ContextsField } from './contexts-field';
import { NumberInput } from '../../ui/input/number-input';

type Method = SmartUnit['smart']['method'];
type Entitlements = SmartUnit['smart']['entitlements'];
type Throughput = NonNullable<Entitlements['throughput']>;

const METHODS: { value: Method; label: string }[] = [
  { value: 'regular', label: 'Regular (Smart Software Manager)' },
  { value: 'on-prem', label: 'On-prem (satellite)' },
  { value: 'plr', label: 'Permanent License Reservation' },
  { value: 'evaluation', label: 'Evaluation' },
  { value: 'unregistered', label: 'Unregistered' },
];

const ALL_ENTITLEMENTS = ['standard', 'contexts', 'carrier', 'security-plus', 'strong-encryption', 'throughput'] as const;
const TOGGLES: { id: 'standard' | 'carrier' | 'security-plus' | 'strong-encryption'; label: string }[] = [
  { id: 'standard', label: 'Standard' },
  { id: 'security-plus', label: 'Security Plus' },
  { id: 'carrier', label: 'Carrier' },
  { id: 'strong-encryption', label: 'Strong Encryption (3DES/AES)' },
];

interface Props {
  unit: SmartUnit;
  index: number;
  model: UiModel | undefined;
}

export function SmartEditor({ unit, index, model }: Props) {
  const dispatch = usePlanStore((s) => s.dispatch);
  const startDate = usePlanStore((s) => s.plan.startDate);
  const spec = model?.smart;
  const accepted = new Set<string>(spec?.entitlements ?? ALL_ENTITLEMENTS);
  const path = `deployment.units[${index}]`;
  const sp = `${path}.smart`;
  const ent = unit.smart.entitlements;
  const unitDispatch = useUnitDispatch();
  const setEnt = (patch: Partial<Entitlements>) => unitDispatch({ type: 'set-entitlement', unit: index, patch });
  const throughputLevels = spec?.asav ? (Object.keys(spec.asav.throughput) as Throughput[]) : (['100M', '1G', '2G', '10G', '20G'] as Throughput[]);

  return (
    <fieldset className="subcard" data-path={sp}>
      <legend>Smart Licensing</legend>
      <div className="field-row">
        <label className="stacked-field" data-path={`${sp}.method`}>
          <span>Method</span>
          <select value={unit.smart.method} onChange={(e) => unitDispatch({ type: 'patch-smart', unit: index, patch: { method: e.target.value as Method } })}>
            {METHODS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <DayDateInput
          label="Registered"
          day={unit.smart.registeredDay}
          startDate={startDate}
          path={`${sp}.registeredDay`}
          onChange={(registeredDay) => dispatch({ type: 'patch-smart', unit: index, patch: { registeredDay } })}
        />
        <label className="checkbox" data-path={`${sp}.exportControlled`}>
          <input type="checkbox" checked={unit.smart.exportControlled} onChange={(e) => unitDispatch({ type: 'patch-smart', unit: index, patch: { exportControlled: e.target.checked } })} />
          Token allows export-controlled functionality
        </label>
      </div>
      {unit.model === 'asav' && (
        <div className="field-row">
          <label className="stacked-field" data-path={`${path}.memoryGB`}>
            <span>Memory (GB)</span>
            <NumberInput value={unit.memoryGB} min={0} max={1024} optional className="narrow" onCommit={(memoryGB) => dispatch({ type: 'patch-unit', unit: index, patch: { memoryGB } })} />
          </label>
          <label className="stacked-field" data-path={`${path}.vcpus`}>
            <span>vCPUs</span>
            <NumberInput value={unit.vcpus} min={1} max={64} optional className="narrow" onCommit={(vcpus) => dispatch({ type: 'patch-unit', unit: index, patch: { vcpus } })} />
          </label>
        </div>
      )}
      <fieldset className="entitlements" data-path={`${sp}.entitlements`}>
        <legend>Entitlements {spec && <CiteTip cite={spec.cite} />}</legend>
        <div className="field-row">
          {TOGGLES.filter((t) => accepted.has(t.id)).map((t) => (
            <label key={t.id} className="checkbox" data-path={`${sp}.entitlements.${t.id}`}>
              <input type="checkbox" checked={ent[t.id]} disabled={t.id === 'standard' && spec?.standardAlwaysOn === true} onChange={(e) => setEnt({ [t.id]: e.target.checked })} />
              {t.label}
            </label>
          ))}
          {accepted.has('contexts') && <ContextsField unit={unit} index={index} onLicense={(contexts) => setEnt({ contexts })} />}
          {accepted.has('throughput') && (
            <label className="stacked-field" data-path={`${sp}.entitlements.throughput`}>
              <span>Throughput</span>
              <select value={ent.throughput ?? ''} onChange={(e) => setEnt({ throughput: e.target.value === '' ? undefined : (e.target.value as Throughput) })}>
                <option value="">None</option>
                {throughputLevels.map((t) => (
                  <option key={t} value={t}>
                    {spec?.asav?.throughput[t]?.label ?? t}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </fieldset>
    </fieldset>
  );
}
