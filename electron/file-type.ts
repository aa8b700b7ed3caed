// The .minutes file type, one definition for every platform's registration:
// the deb's .desktop MimeType and shared-mime-info XML
// (assets/linux/minute-book-mime.xml, checked against this by the packaging
// test), macOS's document type and UTI (forge.config.ts) and the Windows
// registry keys written on Squirrel install (electron/main/squirrel-startup.ts).
export const MINUTES_FILE = {
  extension: 'minutes',
  mimeType: 'application/x-minute-book',
  uniformTypeIdentifier: 'uk.minutebook.minutes',
  /** Windows ProgID. */
  progId: 'MinuteBook.Minutes',
  description: 'Minute Book minutes',
} as const;
