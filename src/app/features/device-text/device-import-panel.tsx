// Paste ASA output (show version, show activation-key, show license all), see what the importer makes
// of it — the plan, every issue, every line it did not use — and open it as a new plan, or cancel.
// A failed import shows the importer's message and changes nothing (a lazily loaded chunk).
import { useId, useRef, useState } from 'react';
import { importDeviceText, MAX_INPUT_CHARS, type ImportResult } from '../../../engine/device-text/index';
import { todayIso } from '../../ui/display/dates';
import { firstError } from './device-text-summary';
import { usePlanStore } from '../../store/plan-store';
import { ImportIssues } from './import-issues';
import { PlanSummary } from './plan-summary';
import { UnmappedLines } from './unmapped-lines';
import './device-text.css';

interface Attempt {
  result: ImportResult;
  source: string;
}

export default function DeviceImportPanel() {
  const importPlanText = usePlanStore((s) => s.importPlanText);
  const [text, setText] = useState('');
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState(false);
  const textId = useId();
  const bodyId = useId();
  const hintId = useId();
  const resultRef = useRef<HTMLDivElement>(null);

  const run = (input: string, source: string) => {
    setAttempt({ result: importDeviceText(input, { startDate: todayIso() }), source });
    setStatus('');
    requestAnimationFrame(() => resultRef.current?.focus());
  };
  const reset = () => {
    setAttempt(null);
    requestAnimationFrame(() => document.getElementById(textId)?.focus());
  };
  const result = attempt?.result;

  return (
    <section className="card" aria-labelledby="device-import-h" data-testid="device-import">
      <div className="card-head">
        <h2 id="device-import-h">Import device output</h2>
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Paste device output…'}
        </button>
      </div>
      <p className="muted hint" role="status">
        {status}
      </p>
      <div id={bodyId} className="device-import" hidden={!open}>
        <p className="muted">The text stays in this browser. The plan starts today; remaining days count from it.</p>
        <label className="stacked-field" htmlFor={textId}>
          <span>Paste show version / show activation-key / show license all</span>
          <textarea
            id={textId}
            className="device-paste"
            rows={10}
            spellCheck={false}
            aria-describedby={hintId}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setAttempt(null);
            }}
          />
        </label>
        <p id={hintId} className="muted hint">
          One unit, or both units of a failover pair; at most {MAX_INPUT_CHARS / 1_048_576} MB.
        </p>
        <div className="field-row">
          <button type="button" className="primary" disabled={text.trim() === ''} onClick={() => run(text, 'pasted text')}>
            Import
          </button>
          <label className="button file-button">
            Read a text file…
            <input
              type="file"
              accept=".txt,.log,text/plain"
              className="visually-hidden"
              data-testid="device-file"
              onChange={async (e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (file === undefined) return;
                const content = await file.text();
                if (content.length <= MAX_INPUT_CHARS) setText(content);
                run(content, `“${file.name}”`);
              }}
            />
          </label>
          {text !== '' && (
            <button
              type="button"
              className="ghost"
              onClick={() => {
                setText('');
                setAttempt(null);
              }}
            >
              Clear
            </button>
          )}
        </div>
        {result !== undefined && (
          <div ref={resultRef} tabIndex={-1} className="import-result" data-testid="import-result" aria-labelledby={`${textId}-result-h`}>
            {result.plan === null ? (
              <div className="import-failed" role="alert">
                <h3 id={`${textId}-result-h`}>Nothing was imported; your current plan is unchanged</h3>
                <p className="import-error">{firstError(result.issues)?.message ?? 'The importer found no plan in the text.'}</p>
              </div>
            ) : (
              <>
                <h3 id={`${textId}-result-h`}>Found in {attempt?.source}</h3>
                <PlanSummary plan={result.plan} />
              </>
            )}
            <h4>Issues</h4>
            <ImportIssues issues={result.issues} />
            <h4>Lines not used</h4>
            <UnmappedLines lines={result.unmapped} />
            <div className="field-row">
              {result.plan !== null && (
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    const plan = result.plan;
                    if (plan === null) return;
                    if (importPlanText(JSON.stringify(plan), 'device output')) {
                      setText('');
                      setAttempt(null);
                      setOpen(false);
                      setStatus(`Opened “${plan.name}” as a new plan; the plan you had is still in the Plan list at the top.`);
                    }
                  }}
                >
                  Open as new plan
                </button>
              )}
              <button type="button" onClick={reset}>
                {result.plan === null ? 'Back to the text' : 'Cancel'}
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
