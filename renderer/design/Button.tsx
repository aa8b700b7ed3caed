// The app's button, defined once: React Aria's Button (a real <button>, pressed
// by mouse, touch, Enter or Space alike, with its state in data-* attributes)
// drawn by controls.css. `primary` is the one action a dialog exists for.
import type { ButtonHTMLAttributes, Ref } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  variant?: 'standard' | 'primary';
  /** Layout only (where the button sits); its look is the design system's. */
  className?: string;
  ref?: Ref<HTMLButtonElement>;
  /** A tooltip, for a button shown by an icon alone (its aria-label is its name). */
  title?: string;
}

export function Button({ variant = 'standard', className, title, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      data-variant={variant}
      className={className ? `mb-button ${className}` : 'mb-button'}
      // React Aria passes no title to the element; its render hook is the way to add one.
      render={title === undefined ? undefined : (attributes) => <button {...(attributes as ButtonHTMLAttributes<HTMLButtonElement>)} title={title} />}
    />
  );
}
