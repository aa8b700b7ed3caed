// The page's Content-Security-Policy, the one definition used everywhere the
// page is served: the app's own protocol (production), the header the app adds
// to Vite's dev server (development), the page's <meta> tag (written by
// vite.renderer.config.mts) and the Chromium test server.
//
// Production: own files only, no inline script or style, no remote origins.
// Development (npm start): Vite's dev server injects an inline React-refresh
// preamble and <style> elements, and talks to the page over a websocket; only
// then, and only for that one server, are those allowed.

const FIXED_DIRECTIVES = ["img-src 'self' data:", "font-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", "object-src 'none'"];

export function contentSecurityPolicy(devServerUrl?: string): string {
  if (devServerUrl === undefined) return ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", ...FIXED_DIRECTIVES].join('; ');
  const server = new URL(devServerUrl);
  const websocket = `${server.protocol === 'https:' ? 'wss:' : 'ws:'}//${server.host}`;
  return [
    "default-src 'none'",
    `script-src 'self' 'unsafe-inline' ${server.origin}`,
    `style-src 'self' 'unsafe-inline' ${server.origin}`,
    `connect-src 'self' ${server.origin} ${websocket}`,
    ...FIXED_DIRECTIVES,
  ].join('; ');
}

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (Chromium ignores it there and warns). */
export function contentSecurityPolicyForMeta(devServerUrl?: string): string {
  return contentSecurityPolicy(devServerUrl)
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

/**
 * A response's headers with the page policy added, unless the response already
 * carries a policy of its own (the app protocol's pages, print pages). What the
 * app's session does to every response (security.ts).
 */
export function withPagePolicy(headers: Record<string, string[]>, policy: string): Record<string, string[]> {
  const hasPolicy = Object.keys(headers).some((name) => name.toLowerCase() === 'content-security-policy');
  return hasPolicy ? headers : { ...headers, 'Content-Security-Policy': [policy] };
}

/** The production policy (the test server and the built page's meta tag use it). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The hidden print window's page: the minutes' own HTML with its inline
 * <style> (page size, margins, running heads) and an optional data: logo. No
 * script at all (the window also has JavaScript turned off), nothing remote.
 */
export const PRINT_PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
