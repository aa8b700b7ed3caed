// React Aria's press handling (its buttons, tabs, checkboxes…) would put a
// <style> element into the page, once, for touch screens: `touch-action` on
// every pressable element, so a tap is not delayed by double-tap zoom. The
// page's Content-Security-Policy (style-src 'self') refuses inline <style>,
// and rightly, so that rule is in controls.css instead, and this marks it as
// present: React Aria looks for an element with its id and, finding one,
// injects nothing. Run before the first React Aria component is drawn.

/** The id React Aria gives its injected press style (react-aria's usePress). */
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';

export function claimReactAriaStyles(page: Document): void {
  if (page.getElementById(PRESSABLE_STYLE_ID)) return;
  const marker = page.createElement('meta');
  marker.id = PRESSABLE_STYLE_ID;
  marker.name = PRESSABLE_STYLE_ID;
  marker.content = 'The rule is in renderer/design/controls.css (the page policy allows no inline <style>).';
  page.head.append(marker);
}
