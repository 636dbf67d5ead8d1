import type { AuthType } from '../../shared/dhis2';

/** What a request needs to authenticate. The secret lives only in memory for the length of one attempt. */
export interface Dhis2Credentials {
  auth_type: AuthType;
  username: string;
  secret: string;
}

export interface HttpSettings {
  fetch: typeof fetch;
  /** Per request; a monthly report is small, a minute is generous even on 2G. */
  timeoutMs: number;
}

/** One request and its answer, as logged (never the Authorization header). */
export interface Exchange {
  step: string;
  method: string;
  path: string;
  requestContentType: string | null;
  requestBody: string | null;
  status: number | null;
  error: string | null;
  responseText: string;
  durationMs: number;
  at: Date;
}

/** No answer at all (refused, dropped, timed out, redirected elsewhere): only the first two kinds are retried. */
export class TransportError extends Error {
  constructor(
    readonly kind: 'network' | 'timeout' | 'redirect',
    detail: string,
  ) {
    super(detail);
    this.name = 'TransportError';
  }
}

/** An answer with a status the step cannot use (401, 403, 404, 5xx…). */
export class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'HttpStatusError';
  }
}

export interface HttpAnswer {
  status: number;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON (an HTML error page from a proxy). */
  json: unknown;
}

const MAX_RESPONSE_CHARS = 5_000_000;

function authorization(credentials: Dhis2Credentials): string {
  if (credentials.auth_type === 'token') return `ApiToken ${credentials.secret}`;
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.secret}`, 'utf8').toString('base64')}`;
}

function describeFailure(error: unknown): TransportError {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new TransportError('timeout', 'timeout');
  }
  // undici puts the socket error (ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET…) in `cause`.
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return new TransportError('network', cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : 'network'));
}

/** A DHIS2 instance reached with one set of credentials; every exchange goes to `record`. */
export class Dhis2Http {
  constructor(
    private readonly baseUrl: string,
    private readonly credentials: Dhis2Credentials,
    private readonly settings: HttpSettings,
    private readonly record: (exchange: Exchange) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async request(
    step: string,
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: { contentType: string; text: string },
  ): Promise<HttpAnswer> {
    const at = this.now();
    const started = performance.now();
    const log = (status: number | null, error: string | null, responseText: string) =>
      this.record({
        step,
        method,
        path,
        requestContentType: body?.contentType ?? null,
        requestBody: body?.text ?? null,
        status,
        error,
        responseText,
        durationMs: Math.round(performance.now() - started),
        at,
      });
    let response: Response;
    try {
      response = await this.settings.fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          Authorization: authorization(this.credentials),
          Accept: 'application/json',
          ...(body ? { 'Content-Type': body.contentType } : {}),
        },
        body: body?.text,
        // A redirect (http→https, a login page) would either drop or leak the Authorization header: refuse it.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      const failure = describeFailure(error);
      log(null, `${failure.kind}: ${failure.message}`, '');
      throw failure;
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const failure = describeFailure(error);
      log(response.status, `${failure.kind}: ${failure.message}`, '');
      throw failure;
    }
    if (text.length > MAX_RESPONSE_CHARS) text = text.slice(0, MAX_RESPONSE_CHARS);
    if (response.status >= 300 && response.status < 400) {
      log(response.status, 'redirect', text);
      throw new TransportError('redirect', response.headers.get('location') ?? '');
    }
    log(response.status, null, text);
    let json: unknown;
    try {
      json = text.trim() ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json };
  }
}
