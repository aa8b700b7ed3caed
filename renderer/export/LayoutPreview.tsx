// A preview of the first page of the export: the same layout blocks the DOCX
// and PDF writers walk, drawn on an A4-shaped sheet that clips at the page's
// height. React renders text as text, so the clerk's words stay data here too.
import type { LayoutBlock, LayoutDocument, LayoutRun } from '../../core/export/layout-model';

function Runs({ runs }: { runs: ReadonlyArray<LayoutRun> }) {
  return (
    <>
      {runs.map((run, index) => {
        let node = <>{run.text}</>;
        if (run.underline) node = <u>{node}</u>;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

function Block({ block }: { block: LayoutBlock }) {
  switch (block.kind) {
    case 'title':
      return <p className="mb-preview-title">{block.text}</p>;
    case 'heading':
      return (
        <p className={block.level === 1 ? 'mb-preview-h1' : 'mb-preview-h2'}>
          {block.text}
          {block.runOn ? (
            <span className="mb-preview-run-on">
              {' '}
              <Runs runs={block.runOn} />
            </span>
          ) : null}
        </p>
      );
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.runs} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <Runs runs={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'label-lines':
      return (
        <div className="mb-preview-lines">
          {block.lines.map((line, index) => (
            <p key={index}>
              <strong>{line.label}</strong>
              <span>{line.text}</span>
            </p>
          ))}
        </div>
      );
    case 'table':
      return (
        <p>
          [{block.caption}: table of {block.rows.length} rows]
        </p>
      );
    case 'signature':
      return (
        <div className="mb-preview-signature">
          <p>
            <strong>{block.name}</strong>
          </p>
          <p>{block.role}</p>
          {block.dateLine ? <p>{block.dateLine}</p> : null}
        </div>
      );
    case 'note':
      return <p>{block.text}</p>;
  }
}

export function LayoutPreview({ layout }: { layout: LayoutDocument }) {
  const first = layout.sections[0]?.blocks ?? [];
  return (
    <div className="mb-preview-sheet" role="region" aria-label="Preview of the first page" data-testid="export-preview">
      <div className="mb-preview-band">
        <span>{layout.headerText}</span>
        {layout.restrictiveMarking ? <strong>{layout.restrictiveMarking}</strong> : null}
      </div>
      <div className="mb-preview-body">
        {first.slice(0, 40).map((block, index) => (
          <Block key={index} block={block} />
        ))}
      </div>
    </div>
  );
}
