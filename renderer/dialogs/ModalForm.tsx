// The shell every modal form in the app shares: a labelled dialog over the
// window (ModalDialog: the page behind inert, Tab kept inside, Escape to
// close), Enter to submit, and one place for the problem sentence when the
// request fails.
import { useId, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

interface ModalFormProps {
  title: string;
  className: string;
  problem: string | null;
  onSubmit(event: FormEvent): void;
  /** Keys the form acts on beyond Enter (New meeting's Ctrl+Enter to start from any step). */
  onKeyDown?(event: KeyboardEvent): void;
  onClose(): void;
  children: ReactNode;
}

export function ModalForm({ title, className, problem, onSubmit, onKeyDown, onClose, children }: ModalFormProps) {
  const titleId = useId();
  return (
    <ModalDialog labelledBy={titleId} className={`mb-dialog ${className}`} onClose={onClose}>
      {/* The form adds no box of its own (modal-dialog.css): its fields are laid out by the dialog's box. */}
      <form className="mb-dialog-form" onSubmit={onSubmit} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="mb-dialog-title">
          {title}
        </h2>
        {problem ? (
          <p role="alert" className="mb-form-problem">
            {problem}
          </p>
        ) : null}
        {children}
      </form>
    </ModalDialog>
  );
}
