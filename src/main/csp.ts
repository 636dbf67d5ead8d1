/**
 * The renderer's Content-Security-Policy, the same for the Electron window and the HTTP transport:
 * only the app's own files, no inline or remote scripts, no remote anything.
 *
 * Slip previews are `srcdoc` iframes, which inherit this policy: a slip is one self-contained document with an
 * inline `<style>`, its font and logo as data URLs. So `<style>` elements (not style attributes) may be inline,
 * and fonts and images may be data URLs; scripts stay 'self' only, and the frames are sandboxed without scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-elem 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
