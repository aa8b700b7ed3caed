// The History panel's compare buttons that are not tied to one version:
// the two ticked versions against each other, and the text now against a
// .minutes file. Also shows why a comparison could not open, and the open
// Compare view itself, over the whole window.
import { createPortal } from 'react-dom';
import { CompareView } from './CompareView';
import type { VersionCompare } from './useVersionCompare';

export function CompareLauncher({ compare }: { compare: VersionCompare }) {
  return (
    <div className="mb-compare-launcher" aria-busy={compare.busy}>
      <button type="button" onClick={() => void compare.chosenPair()}>
        Compare the two ticked versions{compare.chosen.length ? ` (${compare.chosen.length} ticked)` : ''}
      </button>
      <button type="button" onClick={() => void compare.withFile()}>
        Compare with a file…
      </button>
      {compare.problem ? (
        <p role="alert" className="mb-form-problem">
          {compare.problem}
        </p>
      ) : null}
      {compare.opened ? createPortal(<CompareView before={compare.opened.before} after={compare.opened.after} onClose={compare.close} />, document.body) : null}
    </div>
  );
}
