// One agenda item in the Compare view: its heading with the minute number
// (and the number it had, if it moved), then its blocks, inline or side by
// side. Each change is a stop (data-stop) the keyboard steps to; unchanged
// runs are folded into one line the clerk can open.
import type { BlockComparison } from '../../core/review/compare-versions';
import { Button } from '../design/Button';
import { blockKindLabel, minuteLabel, type ItemView } from './compare-view-model';
import { MarkedWords, titleWordsOf, type WordSide } from './MarkedWords';

export type CompareLayout = 'inline' | 'side-by-side';

interface CompareItemProps {
  view: ItemView;
  layout: CompareLayout;
  expanded: ReadonlySet<string>;
  onExpand(key: string): void;
}

const changeTags: Record<BlockComparison['change'], string | null> = { same: null, added: 'Added', removed: 'Removed', changed: 'Changed' };

function headingTag(view: ItemView): string | null {
  const { change, titleWords } = view.item;
  if (change === 'added') return 'Added item';
  if (change === 'removed') return 'Removed item';
  const tags = [view.moved ? 'Moved' : null, titleWords ? 'Retitled' : null].filter(Boolean);
  return tags.length ? tags.join(', ') : null;
}

function Tag({ text }: { text: string | null }) {
  return text ? <span className="mb-compare-tag">{text}</span> : null;
}

/** Where one version has no such block or item: said in words, not left blank. */
function Absent() {
  return <span className="mb-compare-absent">Not in this version</span>;
}

function BlockText({ block, side }: { block: BlockComparison; side: WordSide }) {
  if (side === 'before' && block.before === null) return <Absent />;
  if (side === 'after' && block.after === null) return <Absent />;
  const kind = blockKindLabel(block.type);
  const details = block.details ? block.details[side === 'after' ? 'after' : 'before'] : null;
  return (
    <>
      {kind ? <span className="mb-compare-kind">{kind}</span> : null}
      <span className="mb-compare-text">
        <MarkedWords words={block.words} side={side} />
      </span>
      {side === 'both' && block.details ? (
        <span className="mb-compare-details">
          Details:{' '}
          <MarkedWords
            words={[
              { text: block.details.before, change: 'removed' },
              { text: ' ', change: 'same' },
              { text: block.details.after, change: 'added' },
            ]}
            side="both"
          />
        </span>
      ) : details ? (
        <span className="mb-compare-details">Details: {details}</span>
      ) : null}
    </>
  );
}

function BlockRow({ block, stop, layout }: { block: BlockComparison; stop: number | null; layout: CompareLayout }) {
  const common = {
    className: `mb-compare-block mb-compare-${block.change}`,
    'data-change': block.change,
    ...(stop === null ? {} : { 'data-stop': stop, tabIndex: -1 }),
  };
  if (layout === 'inline') {
    return (
      <div {...common}>
        <Tag text={changeTags[block.change]} />
        <BlockText block={block} side="both" />
      </div>
    );
  }
  return (
    <div {...common}>
      <div className="mb-compare-cell" data-side="before">
        <Tag text={changeTags[block.change]} />
        <span className="mb-compare-hidden">From: </span>
        <BlockText block={block} side="before" />
      </div>
      <div className="mb-compare-cell" data-side="after">
        <span className="mb-compare-hidden">To: </span>
        <BlockText block={block} side="after" />
      </div>
    </div>
  );
}

export function FoldedRow({ label, onOpen }: { label: string; onOpen(): void }) {
  return (
    <div className="mb-compare-folded">
      <Button aria-expanded="false" onPress={onOpen}>
        {label} — show
      </Button>
    </div>
  );
}

function Heading({ view, layout }: { view: ItemView; layout: CompareLayout }) {
  const { item } = view;
  const words = titleWordsOf(item.title, item.titleWords, item.change);
  const stop = view.stop === null ? {} : { 'data-stop': view.stop, tabIndex: -1 };
  if (layout === 'inline') {
    return (
      <h3 className="mb-compare-heading" {...stop}>
        <span className="mb-compare-number">{minuteLabel(view)}</span> <MarkedWords words={words} side="both" /> <Tag text={headingTag(view)} />
      </h3>
    );
  }
  return (
    <h3 className="mb-compare-heading mb-compare-pair" {...stop}>
      <span className="mb-compare-cell" data-side="before">
        <span className="mb-compare-hidden">From: </span>
        {view.numberBefore === null && item.change === 'added' ? (
          <Absent />
        ) : (
          <>
            <span className="mb-compare-number">{view.numberBefore === null ? 'Before the first item' : `Minute ${view.numberBefore}`}</span>{' '}
            <MarkedWords words={words} side="before" />
          </>
        )}
      </span>
      <span className="mb-compare-cell" data-side="after">
        <span className="mb-compare-hidden">To: </span>
        {view.numberAfter === null && item.change === 'removed' ? (
          <Absent />
        ) : (
          <>
            <span className="mb-compare-number">{view.numberAfter === null ? 'Before the first item' : `Minute ${view.numberAfter}`}</span>{' '}
            <MarkedWords words={words} side="after" />
          </>
        )}{' '}
        <Tag text={headingTag(view)} />
      </span>
    </h3>
  );
}

export function CompareItem({ view, layout, expanded, onExpand }: CompareItemProps) {
  return (
    <section className="mb-compare-item" data-testid="compare-item" data-change={view.moved && view.item.change === 'same' ? 'moved' : view.item.change}>
      <Heading view={view} layout={layout} />
      {view.rows.map((row) => {
        if (row.kind === 'block') return <BlockRow key={row.key} block={row.block} stop={row.stop} layout={layout} />;
        if (!expanded.has(row.key)) return <FoldedRow key={row.key} label={`${row.blocks.length} unchanged blocks`} onOpen={() => onExpand(row.key)} />;
        return row.blocks.map((block, index) => <BlockRow key={`${row.key}-${index}`} block={block} stop={null} layout={layout} />);
      })}
    </section>
  );
}
