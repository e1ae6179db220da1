// A value such as "Active/Active" or "Strong (3DES/AES)" in a narrow column: it may wrap after a
// slash (a <wbr>, which leaves the text as it is for copying and for screen readers), not mid-word.
import { Fragment } from 'react';

export function Breakable({ text }: { text: string }) {
  const parts = text.split('/');
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <>
              /<wbr />
            </>
          )}
          {p}
        </Fragment>
      ))}
    </>
  );
}
