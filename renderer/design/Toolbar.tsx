// The app's toolbar, defined once: React Aria's Toolbar (one Tab stop for the
// whole strip, the arrow keys to move along it, Tab out to what follows), its
// buttons (the library's Button, drawn quiet: no border until hovered) and the
// rule between groups of them.
import type { ReactNode } from 'react';
import { Separator, Toolbar as AriaToolbar } from 'react-aria-components';
import { Button, type ButtonProps } from './Button';

interface ToolbarProps {
  /** What the strip is for ("Formatting"), as a screen reader announces it. */
  label: string;
  /** Layout only (where the strip sits). */
  className?: string;
  children: ReactNode;
}

export function Toolbar({ label, className, children }: ToolbarProps) {
  return (
    <AriaToolbar aria-label={label} className={className ? `mb-toolbar-strip ${className}` : 'mb-toolbar-strip'}>
      {children}
    </AriaToolbar>
  );
}

export function ToolbarButton({ className, ...props }: Omit<ButtonProps, 'variant'>) {
  return <Button {...props} className={className ? `mb-toolbar-button ${className}` : 'mb-toolbar-button'} />;
}

/** A rule between groups of a toolbar's buttons (a separator to a screen reader). */
export function ToolbarSeparator() {
  return <Separator orientation="vertical" className="mb-toolbar-separator" />;
}
