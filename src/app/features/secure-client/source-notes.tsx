// Where the two FAQs (002, 003) disagree on something this plan depends on: both readings.
import type { SourceNote } from '../../../engine/secure-client/index';

export function SourceNotes({ notes }: { notes: readonly SourceNote[] }) {
  if (notes.length === 0) return null;
  return (
    <>
      <h3>Where the sources disagree</h3>
      <ul className="sc-notes" data-testid="sc-notes">
        {notes.map((note) => (
          <li key={note.id}>
            <p>{note.text}</p>
            <cite>{note.cite}</cite>
          </li>
        ))}
      </ul>
    </>
  );
}
