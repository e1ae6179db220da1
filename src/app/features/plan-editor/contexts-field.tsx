// The Smart context field asked as the total the deployment must run. The engine turns the total
// into the Context license the plan stores (contextLicenseForTotal) and shows its arithmetic
// ("10 + 10 + 10 included + 30 licensed = 60"); in a pair or cluster the primary unit holds it.
import { useMemo } from 'react';
import { SMART_MODELS } from '../../../engine/catalog/smart/index';
import type { SmartModel } from '../../../engine/catalog/smart/types';
import type { SmartUnit } from '../../../engine/index';
import { contextLicenseForTotal, contextTotalOf } from '../../../engine/smart/context-total';
import { CiteTip } from '../../ui/cite-tip';
import { NumberInput } from '../../ui/input/number-input';
import { usePlanStore } from '../../store/plan-store';

interface Props {
  unit: SmartUnit;
  index: number;
  onLicense: (contexts: number) => void;
}

export function ContextsField({ unit, index, onLicense }: Props) {
  const deployment = usePlanStore((s) => s.plan.deployment);
  const models = useMemo(() => {
    const units = deployment.mode === 'standalone' ? [deployment.units[0]] : deployment.units;
    const list = units.map((u) => (u && 'smart' in u ? SMART_MODELS[u.model] : undefined));
    return list.every((m): m is SmartModel => m !== undefined) ? list : [SMART_MODELS[unit.model]];
  }, [deployment, unit.model]);
  const primary = deployment.units[0];
  const shown = contextTotalOf(models, index === 0 ? unit.smart.entitlements.contexts : primary && 'smart' in primary ? primary.smart.entitlements.contexts : 0);
  if (shown === null) return null;
  if (index > 0 && deployment.mode !== 'standalone' && unit.smart.entitlements.contexts === 0) {
    return (
      <p className="muted hint" data-testid="contexts-on-primary">
        Contexts: set on {primary?.id ?? 'the primary unit'}, whose Context license the units share ({shown.arithmetic}). <CiteTip cite={shown.cite} />
      </p>
    );
  }
  const sumIncluded = shown.included.reduce((a, b) => a + b, 0);
  const arithmeticId = `contexts-arithmetic-${index}`;
  return (
    <label className="stacked-field" data-path={`deployment.units[${index}].smart.entitlements.contexts`}>
      <span>Contexts the deployment must run</span>
      <span className="with-hint">
        <NumberInput
          value={shown.total}
          min={sumIncluded}
          max={shown.limit}
          rule={`The Standard licenses include ${sumIncluded} and the platform limit is ${shown.limit}.`}
          cite={shown.cite}
          className="narrow"
          aria-describedby={arithmeticId}
          onCommit={(n) => {
            if (n === undefined) return;
            const asked = contextLicenseForTotal(models, n);
            if (asked !== null) onLicense(asked.license);
          }}
        />
        <span id={arithmeticId} className="muted hint" data-testid="contexts-arithmetic">
          Context license {shown.license}: {shown.arithmetic} <CiteTip cite={shown.cite} />
        </span>
      </span>
    </label>
  );
}
