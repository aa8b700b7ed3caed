// The Compare view: two versions of the minutes block by block, inline or
// side by side, over the window. Read-only — it holds its own copies of the
// two documents and never touches the editor. Keyboard first: n / p (or
// Alt+Down / Alt+Up) step through the changes, Escape closes (the keyboard
// goes back where it was: useVersionCompare opened it with useDialog).
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { compareVersions } from '../../core/review/compare-versions';
import { Button } from '../design/Button';
import { ChoiceButtons, type Choice } from '../design/ChoiceButtons';
import { ModalDialog } from '../dialogs/ModalDialog';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import { CompareItem, FoldedRow, type CompareLayout } from './CompareItem';
import { buildCompareViewModel, describeCounts, foldedItemsLabel } from './compare-view-model';
import './compare.css';

export interface CompareSource {
  /** How the clerk knows this version: "Now", "The version from 3.45 pm today", "“Cabinet - for review.minutes”". */
  label: string;
  document: MinutesDocument;
}

interface CompareViewProps {
  before: CompareSource;
  after: CompareSource;
  onClose(): void;
}

const layouts: readonly Choice<CompareLayout>[] = [
  { value: 'side-by-side', label: 'Side by side' },
  { value: 'inline', label: 'Inline' },
];

export function CompareView(props: CompareViewProps) {
  const [swapped, setSwapped] = useState(false);
  const before = swapped ? props.after : props.before;
  const after = swapped ? props.before : props.after;
  const [layout, setLayout] = useState<CompareLayout>('side-by-side');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [current, setCurrent] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLElement>(null);
  const titleId = useId();

  const model = useMemo(() => {
    const comparison = compareVersions(before.document.content, after.document.content);
    return buildCompareViewModel(
      comparison,
      { content: before.document.content, numbering: before.document.meeting.numbering },
      { content: after.document.content, numbering: after.document.meeting.numbering },
    );
  }, [before, after]);

  // Focus moves into the view so its keys work at once. The window behind is inert meanwhile
  // (a modal dialog): Tab cannot wander into the editor and type unseen.
  useEffect(() => root.current?.focus(), []);

  // After a swap or a change of layout the current change is drawn afresh: keep the focus on it.
  useEffect(() => {
    if (current >= 0) focusStop(current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the drawing changes, not on every step
  }, [layout, swapped]);

  function focusStop(index: number) {
    const target = root.current?.querySelector<HTMLElement>(`[data-stop="${index}"]`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  function step(by: 1 | -1) {
    if (model.stopCount === 0) {
      setAnnouncement('There are no differences to go to.');
      return;
    }
    const next = current < 0 ? (by === 1 ? 0 : model.stopCount - 1) : Math.min(model.stopCount - 1, Math.max(0, current + by));
    if (next === current) setAnnouncement(by === 1 ? `That was the last change (${model.stopCount} of ${model.stopCount}).` : 'That was the first change.');
    else setAnnouncement(`Change ${next + 1} of ${model.stopCount}`);
    setCurrent(next);
    focusStop(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.ctrlKey || event.metaKey) return;
    const key = event.key;
    let handled = true;
    if (key === 'Escape') props.onClose();
    else if ((key === 'n' && !event.altKey) || (key === 'ArrowDown' && event.altKey)) step(1);
    else if ((key === 'p' && !event.altKey) || (key === 'ArrowUp' && event.altKey)) step(-1);
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  const expand = (key: string) => setExpanded((open) => new Set([...open, key]));

  return (
    <ModalDialog
      ref={root}
      labelledBy={titleId}
      className="mb-compare"
      onKeyDown={onKeyDown}
      onClose={props.onClose}
      data-testid="compare-view"
      data-layout={layout}
    >
      <header className="mb-compare-header">
        <h2 id={titleId}>Compare versions</h2>
        <p className="mb-compare-sides">
          <span data-testid="compare-before-label">
            From: <strong>{before.label}</strong>
          </span>
          <span data-testid="compare-after-label">
            To: <strong>{after.label}</strong>
          </span>
        </p>
        <p className="mb-compare-summary" data-testid="compare-summary">
          {describeCounts(model.counts)}
        </p>
        <div className="mb-compare-tools">
          <ChoiceButtons label="Layout" choices={layouts} value={layout} onChange={setLayout} />
          <Button onPress={() => step(-1)}>Previous change</Button>
          <Button onPress={() => step(1)}>Next change</Button>
          <Button onPress={() => setSwapped((value) => !value)}>Swap sides</Button>
          <Button onPress={props.onClose}>Close</Button>
        </div>
        <p className="mb-compare-keys">n or Alt+↓: next change · p or Alt+↑: previous change · Esc: close. Nothing here changes the minutes.</p>
        <p role="status" className="mb-compare-status" data-testid="compare-status">
          {announcement}
        </p>
      </header>
      {layout === 'side-by-side' ? (
        <div className="mb-compare-columns" aria-hidden="true">
          <span>From: {before.label}</span>
          <span>To: {after.label}</span>
        </div>
      ) : null}
      <div className="mb-compare-body">
        {model.sections.map((section) => {
          if (section.kind === 'item') return <CompareItem key={section.view.key} view={section.view} layout={layout} expanded={expanded} onExpand={expand} />;
          if (expanded.has(section.key)) {
            return section.views.map((view) => <CompareItem key={view.key} view={view} layout={layout} expanded={expanded} onExpand={expand} />);
          }
          return <FoldedRow key={section.key} label={foldedItemsLabel(section.views)} onOpen={() => expand(section.key)} />;
        })}
      </div>
    </ModalDialog>
  );
}
