// A block's words with what was added and removed marked as <ins> and <del>,
// each carrying a visually hidden "added:" or "removed:" so the change is
// heard as well as seen, and shown by underline and strike-through as well
// as colour. The clerk's words are rendered as text, never as markup.
import type { WordChange } from '../../core/review/compare-versions';

/** Which words to show: both (inline), or one version's (a side of side by side). */
export type WordSide = 'both' | 'before' | 'after';

export function MarkedWords({ words, side }: { words: WordChange[]; side: WordSide }) {
  const shown = words.filter((word) => side === 'both' || word.change === 'same' || (side === 'before' ? word.change === 'removed' : word.change === 'added'));
  return (
    <>
      {shown.map((word, index) => {
        if (word.change === 'added' || word.change === 'removed') {
          const Mark = word.change === 'added' ? 'ins' : 'del';
          return (
            <Mark key={index} className={`mb-compare-${Mark}`}>
              <span className="mb-compare-hidden">{word.change}: </span>
              {word.text}
            </Mark>
          );
        }
        return <span key={index}>{word.text}</span>;
      })}
    </>
  );
}

/** An item's title before or after, marked where it was retitled. */
export function titleWordsOf(title: string, titleWords: WordChange[] | null, change: 'same' | 'added' | 'removed' | 'changed'): WordChange[] {
  if (titleWords) return titleWords;
  if (change === 'added' || change === 'removed') return [{ text: title, change }];
  return [{ text: title, change: 'same' }];
}
