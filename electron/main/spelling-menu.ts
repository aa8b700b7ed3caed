// Electron's built-in spellchecker (en-GB, set in windows.ts): a context menu
// with its suggestions and "Add to dictionary", plus the meeting's roster
// names and glossary added to the custom dictionary. Thin on purpose: which
// words to add is decided in core (core/text/spelling-words.ts) and checked by
// the 'spelling/accept-words' handler.
import { Menu, type Session, type WebContents } from 'electron';

export function addWordsToDictionary(session: Session, words: string[]): void {
  for (const word of words) session.addWordToSpellCheckerDictionary(word);
}

export function attachSpellingMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template: Electron.MenuItemConstructorOptions[] = [];
    if (params.misspelledWord) {
      for (const suggestion of params.dictionarySuggestions.slice(0, 6)) {
        template.push({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) });
      }
      if (template.length === 0) template.push({ label: 'No suggestions', enabled: false });
      template.push(
        { type: 'separator' },
        { label: 'Add to dictionary', click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord) },
        { type: 'separator' },
      );
    }
    if (params.isEditable) template.push({ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' });
    else if (params.selectionText) template.push({ role: 'copy' });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
