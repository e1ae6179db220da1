// The running license as the ASA prints it (show version / show activation-key) for a unit or the
// pair's combined license on the as-of day, with a Copy button (a lazily loaded chunk).
import { useId, useMemo, useRef, useState } from 'react';
import type { EvaluateResult, Plan } from '../../../engine/index';
import { renderShowVersion } from '../../../engine/device-text/index';
import { stripControlCharacters } from '../../../engine/text/control-characters';
import { shortDate } from '../../ui/display/dates';
import { pickChoice, showVersionChoices } from './device-text-show-version';
import { usePlanStore } from '../../store/plan-store';
import './device-text.css';

interface Props {
  plan: Plan;
  result: EvaluateResult;
}

/** Selects the element's text so the user can copy it with the keyboard. */
function selectText(el: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export default function ShowVersionPanel({ plan, result }: Props) {
  const selectedUnit = usePlanStore((s) => s.view.selectedUnit);
  const [value, setValue] = useState<string | null>(null);
  const [keyListing, setKeyListing] = useState(true);
  const [status, setStatus] = useState('');
  const preRef = useRef<HTMLPreElement>(null);
  const selectId = useId();
  const choices = useMemo(() => showVersionChoices(plan), [plan]);
  const choice = pickChoice(choices, value, selectedUnit);
  const text = useMemo(() => (choice === undefined ? '' : renderShowVersion(result, plan, { ...choice.options, keyListing })), [result, plan, choice, keyListing]);
  const pak = choice?.options.unit !== undefined && plan.deployment.units.some((u) => u.id === choice.options.unit && 'permanent' in u);

  const copy = async () => {
    try {
      if (navigator.clipboard === undefined) throw new Error('no clipboard');
      await navigator.clipboard.writeText(stripControlCharacters(text));
      setStatus('Copied to the clipboard.');
    } catch {
      if (preRef.current !== null) selectText(preRef.current);
      preRef.current?.focus();
      setStatus('The browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };

  return (
    <section className="card" aria-labelledby="show-version-h" data-testid="show-version">
      <h2 id="show-version-h">Show version</h2>
      <p className="muted">The license on {shortDate(plan.startDate, result.at)} as the ASA prints it, from the engine's result.</p>
      <div className="field-row">
        <label className="stacked-field" htmlFor={selectId}>
          <span>License of</span>
          <select id={selectId} value={choice?.value ?? ''} onChange={(e) => setValue(e.target.value)}>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {pak && (
          <label className="checkbox">
            <input type="checkbox" checked={keyListing} onChange={(e) => setKeyListing(e.target.checked)} />
            Add the time-based key listing (show activation-key)
          </label>
        )}
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <span className="muted hint" role="status">
          {status}
        </span>
      </div>
      <pre ref={preRef} className="show-version-text" tabIndex={0} aria-label={`show version text for ${choice?.label ?? 'the plan'}`} data-testid="show-version-text">
        {text}
      </pre>
    </section>
  );
}
