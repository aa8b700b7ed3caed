// The sample meeting in the style being edited, beside the form. It follows
// the typing a moment behind (debounced), and while the form has a mistake it
// keeps showing the last style that was right. Text only: whatever the clerk
// types is drawn as text, never as markup.
import { useEffect, useState } from 'react';
import type { HouseStyle } from '../../core/house-style/house-style-schema';
import { sampleMinutes } from './sample-minutes';

const SETTLE_MS = 250;

export function HouseStylePreview({ style, stale }: { style: HouseStyle | null; stale: boolean }) {
  const [shown, setShown] = useState(style);
  useEffect(() => {
    if (!style) return;
    const timer = setTimeout(() => setShown(style), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [style]);

  return (
    <section className="mb-style-preview" aria-label="Preview of the minutes in this style">
      <h3>Preview</h3>
      {stale ? <p className="mb-style-hint">The preview shows the style as it last was without mistakes: put right the fields marked in the form.</p> : null}
      {/* It scrolls on its own, so the keyboard can reach it to scroll it. */}
      <div className="mb-style-paper" data-testid="house-style-preview" role="region" aria-label="Sample minutes" tabIndex={0}>
        {shown
          ? sampleMinutes(shown).map((line, index) => (
              <p key={index} className={`mb-style-line mb-style-line-${line.kind}`}>
                {line.text}
              </p>
            ))
          : null}
      </div>
    </section>
  );
}
