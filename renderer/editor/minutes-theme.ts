// Class names Lexical puts on the editor's elements (styled in styles.css).
import type { EditorThemeClasses } from 'lexical';

export const minutesTheme: EditorThemeClasses = {
  paragraph: 'mb-paragraph',
  heading: { h1: 'mb-h1', h2: 'mb-h2', h3: 'mb-h3' },
  list: {
    ol: 'mb-ol',
    ul: 'mb-ul',
    listitem: 'mb-li',
    nested: { listitem: 'mb-li-nested' },
  },
  text: { bold: 'mb-bold', italic: 'mb-italic', underline: 'mb-underline' },
};
