// Bulk import: paste one text of many captures, or choose or drop several files; the fleet's file
// (open, save) and its name. Reading happens in the worker; every device comes back, refused ones too.
import { useRef, useState, type DragEvent } from 'react';
import { readImportFile } from '../../persistence/import-file';
import type { BulkSource } from '../../../engine/fleet/index';
import { downloadText } from '../../persistence/download-file';
import { runInWorker } from './fleet-client';
import { fleetFileName, fleetText } from './fleet-files';
import { useFleetStore } from './fleet-store';
import { FleetSaveStatus } from './fleet-saved-list';

export function FleetImportPanel() {
  const [text, setText] = useState('');
  const [fileMessages, setFileMessages] = useState<string[]>([]);
  const name = useFleetStore((s) => s.name);
  const plans = useFleetStore((s) => s.plans);
  const busy = useFleetStore((s) => s.job !== null);
  const { setName, importSources, openFleet } = useFleetStore.getState();
  const fleetInput = useRef<HTMLInputElement>(null);

  const readFiles = async (files: readonly File[]) => {
    const sources: BulkSource[] = [];
    const messages: string[] = [];
    for (const f of files) {
      const r = await readImportFile(f);
      if (r.ok) sources.push({ name: f.name, text: r.text });
      else messages.push(`${f.name}: ${r.messages.join(' ')}`);
    }
    setFileMessages(messages);
    if (sources.length > 0) await importSources(sources);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void readFiles([...e.dataTransfer.files]);
  };
  const openFleetFile = async (file: File | undefined) => {
    if (!file) return;
    const r = await readImportFile(file);
    if (!r.ok) return setFileMessages(r.messages);
    // Read and validated in the worker: a fleet of thousands of plans does not hold up the page.
    const read = await runInWorker({ type: 'read-fleet', text: r.text }).catch((err: unknown) => ({
      ok: false as const,
      messages: [`The file could not be read: ${err instanceof Error ? err.message : String(err)}`],
    }));
    if (!read.ok) return setFileMessages([`“${file.name}” was not opened; the fleet is unchanged:`, ...read.messages.slice(0, 10)]);
    setFileMessages([]);
    await openFleet(read.fleet);
  };

  return (
    <section className="card fleet-import" aria-labelledby="fleet-import-h" onDragOver={(e) => e.preventDefault()} onDrop={onDrop} data-testid="fleet-import">
      <h2 id="fleet-import-h" tabIndex={-1}>
        A fleet of devices
      </h2>
      <p className="muted">
        Paste the output of <code>show version</code> or <code>show license all</code> of many devices at once (a collection run split by prompts or by headers such as <code>=== fw-01 ===</code>), or
        choose or drop several files. Each device becomes a plan; a failover pair whose two outputs are both here becomes one plan. The fleet is saved in this browser (like a plan) as it changes;
        “Save fleet file” writes it as a file to keep elsewhere or share, and “Open fleet file” adds a fleet file as a new saved fleet.
      </p>
      <label className="field">
        Fleet name
        <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        Device output
        <textarea value={text} rows={8} spellCheck={false} onChange={(e) => setText(e.target.value)} data-testid="fleet-text" />
      </label>
      <div className="fleet-actions">
        <button type="button" disabled={busy || text.trim() === ''} onClick={() => void importSources([{ name: 'pasted text', text }])}>
          Import devices
        </button>
        <label className="button">
          Choose device files…
          <input type="file" multiple className="visually-hidden" onChange={(e) => void readFiles([...(e.target.files ?? [])])} data-testid="fleet-files" />
        </label>
        <button type="button" onClick={() => fleetInput.current?.click()}>
          Open fleet file…
        </button>
        <input
          ref={fleetInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => void openFleetFile(e.target.files?.[0])}
          data-testid="fleet-open"
        />
        <button type="button" disabled={plans.length === 0} onClick={() => downloadText(fleetFileName(name), fleetText({ name, plans }), 'application/json')}>
          Save fleet file
        </button>
      </div>
      <FleetSaveStatus />
      {fileMessages.length > 0 && (
        <div role="alert" className="field-error">
          {fileMessages.map((m, i) => (
            <p key={i}>{m}</p>
          ))}
        </div>
      )}
    </section>
  );
}
