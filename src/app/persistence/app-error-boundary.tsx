// When the app fails to render, it says so in words, names the saved plan it was showing, offers
// that record's raw text as a file, and can open it again the long way (validated by the engine,
// which reports what is wrong instead of failing). Nothing is deleted.
import { Component, type ReactNode } from 'react';
import { downloadText } from './download-file';
import { currentRecord, unseal } from './damaged-record';

interface State {
  error: Error | undefined;
}

export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    const record = currentRecord();
    return (
      <main className="card app-error" role="alert" data-testid="app-error">
        <h1>The planner could not show {record ? `the saved plan “${record.name}”` : 'this page'}</h1>
        <p>
          {record ? 'The saved record may be damaged or was edited outside the app. It is still in this browser, unchanged.' : 'Something in the page failed.'} ({error.message})
        </p>
        {record && (
          <p className="button-row">
            <button type="button" onClick={() => downloadText(`${record.name.replace(/[^\w .-]+/g, '_') || 'plan'}.saved-record.json`, record.text, 'application/json')}>
              Export the saved record
            </button>
            <button
              type="button"
              onClick={() => {
                unseal(record);
                location.reload();
              }}
            >
              Open it again, checked
            </button>
          </p>
        )}
        <p className="muted">“Open it again, checked” reads the record through the planner’s validation, which lists what is wrong with it and keeps the rest.</p>
      </main>
    );
  }
}
