// File › Export (Ctrl+E): public or full version, DOCX and/or PDF, which
// appendices, the checks before export and a preview of the first page.
// Most checks are warnings only; those that stand for something missing from the
// minutes hold back the public version until answered or waived (core's
// publication-blockers, which main checks again). Main asks where to
// save and writes the files (the same code as the command-line exporter).
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { appendixKinds, appendixTitles, type AppendixKind, type ExportOptions } from '../../core/export/export-options';
import { exportFormats, type ExportFormat } from '../../core/ipc/channels/export-channels';
import type { MinutesDocument } from '../../core/storage/minutes-document';
import { Button } from '../design/Button';
import { Checkbox, CheckboxList } from '../design/Checkbox';
import { RadioChoice } from '../design/RadioChoice';
import { ModalForm } from '../dialogs/ModalForm';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import { LayoutPreview } from './LayoutPreview';
import { blocksPublicVersion } from '../../core/checks/publication-blockers';
import { placeOf, previewLayout, warningsFor } from './export-preparation';
import './export.css';

const formatLabels: Record<ExportFormat, string> = {
  docx: 'Word document (DOCX)',
  pdf: 'PDF (tagged, for the website)',
  pdfa: 'Archival PDF/A copy (PDF/A-2u, for the records)',
};
const formatOptions = exportFormats.map((format) => ({ value: format, label: formatLabels[format] }));
const appendixOptions = appendixKinds.map((kind) => ({ value: kind, label: appendixTitles[kind] }));
const versionOptions: readonly { value: ExportOptions['version']; label: string }[] = [
  { value: 'public', label: 'Public version (exempt items left out)' },
  { value: 'full', label: 'Full version, marked “Not for publication”' },
];

interface ExportDialogProps {
  documentId: string;
  document: MinutesDocument;
  onClose(): void;
  onExported(message: string): void;
}

export function ExportDialog({ documentId, document, onClose, onExported }: ExportDialogProps) {
  const ids = useId();
  const [version, setVersion] = useState<ExportOptions['version']>('public');
  const [appendices, setAppendices] = useState<AppendixKind[]>([]);
  const [formats, setFormats] = useState<ExportFormat[]>(['docx', 'pdf']);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [waiveChecks, setWaiveChecks] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const options = useMemo<ExportOptions>(() => ({ version, appendices }), [version, appendices]);
  const warnings = useMemo(() => warningsFor(document), [document]);
  const blockers = version === 'public' ? warnings.filter(blocksPublicVersion) : [];
  const layout = useMemo(() => previewLayout(document, options), [document, options]);
  const hasExempt = useMemo(
    () => layout.sections[0]?.blocks.some((block) => block.kind === 'paragraph' && block.runs.some((run) => run.text.includes('Schedule 12A'))) ?? false,
    [layout],
  );

  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (formats.length === 0) return setProblem('Choose at least one format: DOCX, PDF or the archival PDF/A copy.');
    if (blockers.length > 0 && !waiveChecks) {
      return setProblem(
        'The public version waits until the checks marked “answer before publishing” are answered in the minutes, or you tick “Publish anyway”.',
      );
    }
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await call(minuteBookApi().exportMinutes({ documentId, document, options, formats, waiveChecks: blockers.length > 0 && waiveChecks }));
      if (outcome.status === 'exported') {
        onExported(`Exported ${outcome.fileNames.join(' and ')}.`);
        onClose();
      } else setBusy(false);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <ModalForm title="Export minutes" className="mb-export-dialog" problem={problem} onSubmit={(event) => void submit(event)} onClose={onClose}>
      <div className="mb-export-columns">
        <div className="mb-export-choices">
          <RadioChoice label="Version" options={versionOptions} value={version} onChange={setVersion} inputRef={first} />
          <CheckboxList label="Formats" options={formatOptions} value={formats} onChange={setFormats} />
          <CheckboxList label="Appendices" options={appendixOptions} value={appendices} onChange={setAppendices} />
          <section aria-labelledby={`${ids}-checks`} className="mb-export-checks">
            <h3 id={`${ids}-checks`}>Checks before export</h3>
            {warnings.length === 0 ? (
              <p>No problems found.</p>
            ) : (
              <>
                <p>{warnings.length === 1 ? '1 thing' : `${warnings.length} things`} to look at (the Checks panel, Ctrl+Shift+X, takes you to each):</p>
                <ul data-testid="export-warnings">
                  {warnings.map((warning, index) => (
                    <li key={index}>
                      <strong>{placeOf(warning)}:</strong> {warning.message}
                      {version === 'public' && blocksPublicVersion(warning) ? <em className="mb-export-blocker"> Answer before publishing.</em> : null}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {blockers.length > 0 ? (
              <Checkbox className="mb-export-waiver" isSelected={waiveChecks} onChange={setWaiveChecks}>
                Publish anyway: I have read the {blockers.length === 1 ? 'check' : `${blockers.length} checks`} marked “answer before publishing”
              </Checkbox>
            ) : null}
            {version === 'public' && hasExempt ? <p>Exempt items appear in the public version by title only, with the Schedule 12A line.</p> : null}
          </section>
        </div>
        <LayoutPreview layout={layout} />
      </div>
      <div className="mb-dialog-buttons">
        <Button type="submit" variant="primary" isDisabled={busy}>
          {busy ? 'Exporting…' : 'Export…'}
        </Button>
        <Button onPress={onClose}>Cancel</Button>
      </div>
    </ModalForm>
  );
}
