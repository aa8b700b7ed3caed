// Code signing and notarisation, configured only from the environment (no
// secrets in the repository). Each platform either signs or says plainly that
// it skipped signing and which variables would turn it on.
//   macOS:   APPLE_SIGNING_IDENTITY (a "Developer ID Application: …" identity in the keychain);
//            notarisation also needs APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID.
//   Windows: WINDOWS_CERTIFICATE_FILE (a .pfx) and WINDOWS_CERTIFICATE_PASSWORD.
type Environment = Record<string, string | undefined>;

export interface CodeSigning {
  osxSign?: { identity: string };
  osxNotarize?: { appleId: string; appleIdPassword: string; teamId: string };
  windowsCertificate?: { certificateFile: string; certificatePassword: string };
  /** One line per platform: what will be signed, or why not. */
  report(platform: string): string;
}

export function codeSigningFromEnvironment(env: Environment): CodeSigning {
  const identity = env.APPLE_SIGNING_IDENTITY;
  const osxSign = identity ? { identity } : undefined;
  const notarise = osxSign && env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID;
  const osxNotarize = notarise ? { appleId: env.APPLE_ID!, appleIdPassword: env.APPLE_APP_SPECIFIC_PASSWORD!, teamId: env.APPLE_TEAM_ID! } : undefined;
  const windowsCertificate =
    env.WINDOWS_CERTIFICATE_FILE && env.WINDOWS_CERTIFICATE_PASSWORD
      ? { certificateFile: env.WINDOWS_CERTIFICATE_FILE, certificatePassword: env.WINDOWS_CERTIFICATE_PASSWORD }
      : undefined;
  return {
    osxSign,
    osxNotarize,
    windowsCertificate,
    report(platform) {
      if (platform === 'darwin' || platform === 'mas') {
        if (!osxSign) return 'Code signing: SKIPPED for macOS (set APPLE_SIGNING_IDENTITY to sign; Gatekeeper will warn users about an unsigned app).';
        return osxNotarize
          ? `Code signing: macOS signed as "${identity}" and notarised for team ${osxNotarize.teamId}.`
          : `Code signing: macOS signed as "${identity}"; notarisation SKIPPED (set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID).`;
      }
      if (platform === 'win32') {
        return windowsCertificate
          ? `Code signing: Windows executables and installer signed with ${windowsCertificate.certificateFile}.`
          : 'Code signing: SKIPPED for Windows (set WINDOWS_CERTIFICATE_FILE and WINDOWS_CERTIFICATE_PASSWORD; SmartScreen will warn users about an unsigned installer).';
      }
      return `Code signing: not used for ${platform} packages (zip and deb are not signed).`;
    },
  };
}
