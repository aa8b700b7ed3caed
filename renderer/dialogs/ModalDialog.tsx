// The one shell every dialog in the window opens in, on React Aria's
// ModalOverlay, Modal and Dialog: the page behind is inert (nothing there can
// be clicked, typed into or reached with Tab) and hidden from screen readers,
// Tab and Shift+Tab go round inside the dialog, and Escape asks the owner to
// close it (the owner may refuse, as the committee wording does while it has
// unsaved changes). A dialog opened from inside another (the Compare view over
// its chooser) is drawn inside it, so Escape closes one at a time and the
// keyboard stays in the top one. Where the keyboard goes back to on closing is
// useDialog's job, which opened it: it puts Lexical's caret back exactly, which
// React Aria's own return of focus to the editor would not. The look is
// modal-dialog.css: the shared backdrop, and the box each dialog names.
import { useEffect, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { Dialog, Modal, ModalOverlay } from 'react-aria-components';
import './modal-dialog.css';

interface ModalDialogProps {
  /** The dialog's name: the id of its heading, or (with no heading) a label. */
  labelledBy?: string;
  label?: string;
  /** The box's classes: `mb-dialog` (the shared dialog box) and the dialog's own, or a box of its own (`mb-compare`). */
  className: string;
  /** Escape: the owner decides whether to close. */
  onClose(): void;
  /** Keys the dialog answers itself run first; an Escape it handled (default prevented) does not close it. */
  onKeyDown?(event: KeyboardEvent<HTMLElement>): void;
  ref?: Ref<HTMLElement>;
  /** For tests and styles: data-testid, data-layout. */
  [data: `data-${string}`]: string | undefined;
  children: ReactNode;
}

export function ModalDialog({ labelledBy, label, className, onClose, onKeyDown, ref, children, ...data }: ModalDialogProps) {
  const box = useRef<HTMLElement | null>(null);

  // Escape with the keyboard on nothing (the focus dropped to the page itself, where React Aria's Escape does not
  // hear it) still closes the top dialog, and that one only, as a native modal dialog would.
  useEffect(() => {
    const onEscape = (event: globalThis.KeyboardEvent) => {
      const active = document.activeElement;
      if (event.key !== 'Escape' || event.defaultPrevented || (active && active !== document.body)) return;
      const top = [...document.querySelectorAll('.mb-modal-backdrop')].at(-1);
      if (!box.current || !top?.contains(box.current)) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onEscape);
    return () => document.removeEventListener('keydown', onEscape);
  }, [onClose]);

  return (
    <ModalOverlay
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      className="mb-modal-backdrop"
    >
      <Modal className="mb-modal">
        <Dialog
          {...data}
          ref={(node: HTMLElement | null) => {
            box.current = node;
            if (typeof ref === 'function') ref(node);
            else if (ref) ref.current = node;
          }}
          aria-labelledby={labelledBy}
          aria-label={labelledBy ? undefined : label}
          className={className}
          render={(props) => (
            <section
              {...props}
              // React Aria leaves aria-modal off for a Safari bug; this window is only ever Chromium.
              aria-modal="true"
              onKeyDown={(event) => {
                props.onKeyDown?.(event);
                onKeyDown?.(event);
                // The Modal around this answers Escape by closing: not when the dialog used the key itself.
                if (event.defaultPrevented && event.key === 'Escape') event.stopPropagation();
              }}
            />
          )}
        >
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
