// The one shell every dialog in the window opens in: a native <dialog> shown
// with showModal(), so the page behind is inert (nothing there can be clicked,
// typed into or reached with Tab) and screen readers hear a modal dialog.
// Tab goes round inside it; Escape asks the owner to close it (the owner may
// refuse, as the committee wording does while it has unsaved changes). Where
// the keyboard goes back to on closing is useDialog's job, which opened it.
// The element adds no look of its own (modal-dialog.css): each dialog's
// backdrop and box are drawn inside it, as before.
import { useLayoutEffect, useRef, type HTMLAttributes, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { keepTabInside } from './focus-trap';
import './modal-dialog.css';

type DialogAttributes = Omit<HTMLAttributes<HTMLDialogElement>, 'onKeyDown' | 'onCancel' | 'onClose' | 'className' | 'children' | 'role'>;

interface ModalDialogProps extends DialogAttributes {
  /** The dialog's name: the id of its heading, or (with no heading) a label. */
  labelledBy?: string;
  label?: string;
  /** Escape (or the window's own close request): the owner decides whether to close. */
  onClose(): void;
  /** Keys the dialog answers itself run first; a key it handled (default prevented) goes no further. */
  onKeyDown?(event: KeyboardEvent<HTMLDialogElement>): void;
  ref?: Ref<HTMLDialogElement>;
  children: ReactNode;
}

export function ModalDialog({ labelledBy, label, onClose, onKeyDown, ref, children, ...attributes }: ModalDialogProps) {
  const element = useRef<HTMLDialogElement | null>(null);

  useLayoutEffect(() => {
    const dialog = element.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      {...attributes}
      ref={(node) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      className="mb-modal-host"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.defaultPrevented) return;
        if (event.key === 'Escape') {
          // Handled here, so the browser's own Escape (which would close the element behind React's back) never runs.
          event.preventDefault();
          onClose();
        } else keepTabInside(event.currentTarget, event);
      }}
      onCancel={(event) => {
        event.preventDefault();
        // React passes the cancel on to any dialog this one was opened from (a portal's owner): only the top one closes.
        event.stopPropagation();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
