// Signing comes from the environment only, and says plainly when it is skipped.
import { describe, expect, it } from 'vitest';
import { codeSigningFromEnvironment } from '../../scripts/code-signing';

describe('code signing from the environment', () => {
  it('signs nothing and says so, naming the variables, when none are set', () => {
    const signing = codeSigningFromEnvironment({});
    expect(signing.osxSign).toBeUndefined();
    expect(signing.osxNotarize).toBeUndefined();
    expect(signing.windowsCertificate).toBeUndefined();
    expect(signing.report('darwin')).toMatch(/^Code signing: SKIPPED for macOS \(set APPLE_SIGNING_IDENTITY/);
    expect(signing.report('win32')).toMatch(/^Code signing: SKIPPED for Windows \(set WINDOWS_CERTIFICATE_FILE and WINDOWS_CERTIFICATE_PASSWORD/);
    expect(signing.report('linux')).toMatch(/not used for linux/);
  });

  it('signs and notarises macOS, and signs Windows, from their variables', () => {
    const signing = codeSigningFromEnvironment({
      APPLE_SIGNING_IDENTITY: 'Developer ID Application: Example Council (TEAM123)',
      APPLE_ID: 'clerk@example.gov.uk',
      APPLE_APP_SPECIFIC_PASSWORD: 'app-password',
      APPLE_TEAM_ID: 'TEAM123',
      WINDOWS_CERTIFICATE_FILE: 'C:\\certs\\council.pfx',
      WINDOWS_CERTIFICATE_PASSWORD: 'pfx-password',
    });
    expect(signing.osxSign).toEqual({ identity: 'Developer ID Application: Example Council (TEAM123)' });
    expect(signing.osxNotarize).toEqual({ appleId: 'clerk@example.gov.uk', appleIdPassword: 'app-password', teamId: 'TEAM123' });
    expect(signing.windowsCertificate).toEqual({ certificateFile: 'C:\\certs\\council.pfx', certificatePassword: 'pfx-password' });
    expect(signing.report('darwin')).toContain('notarised');
    expect(signing.report('darwin')).not.toContain('app-password');
  });

  it('does not notarise without a signing identity', () => {
    const signing = codeSigningFromEnvironment({ APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'b', APPLE_TEAM_ID: 'c' });
    expect(signing.osxNotarize).toBeUndefined();
  });
});
