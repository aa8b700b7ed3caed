// The shell every modal form in the app shares: a labelled dialog over the
// window, Escape to close, Enter to submit, and one place for the problem
// sentence when the request fails.
import { useId, type FormEvent, type ReactNode } from 'react';

interface ModalFormProps {
  title: string;
  className: string;
  problem: string | null;
  onSubmit(event: FormEvent): void;
  onClose(): void;
  children: ReactNode;
}

export function ModalForm({ title, className, problem, onSubmit, onClose, children }: ModalFormProps) {
  const titleId = useId();
  return (
    <div className="mb-dialog-backdrop">
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={`mb-dialog ${className}`}
        onSubmit={onSubmit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {problem ? (
          <p role="alert" className="mb-form-problem">
            {problem}
          </p>
        ) : null}
        {children}
      </form>
    </div>
  );
}
