import { AppError } from '../../../shared/errors';
import { joinChunks } from '../../zip/boundedInflate';

export interface CaptureUrlOptions {
  /** Whole capture, redirects and body included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  fetchImpl?: typeof fetch;
}

export interface CapturedUrl {
  finalUrl: string;
  status: number;
  /** Media type without parameters, lower case, e.g. `text/html`. */
  contentType: string;
  bytes: Uint8Array;
  /** Every address redirected to, in order; the last one is `finalUrl`. */
  redirects: string[];
}

const ACCEPTED_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain', 'application/pdf']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const WEB_SCHEMES = new Set(['http:', 'https:']);

const fail = (url: string, what: string): AppError => new AppError('IMPORT_FAILED', `“${url}” ${what}.`);

/** "20 MB", "1 KB": the cap in the words the message uses. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

/** Parses and checks the scheme before anything touches the network. */
function parseWebUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw fail(raw, 'is not a web address');
  }
  if (!WEB_SCHEMES.has(url.protocol))
    throw fail(raw, 'was not captured: only http and https addresses can be imported');
  return url;
}

/** Network errors from fetch carry the real reason in `cause.code`. */
function describeNetworkError(error: unknown): string {
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return 'could not be reached: the site name was not found';
  if (code === 'ECONNREFUSED') return 'could not be reached: the connection was refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return 'could not be loaded: the connection was cut off';
  if (typeof code === 'string' && /CERT|SSL|TLS/.test(code))
    return 'could not be reached: its security certificate could not be verified';
  return 'could not be reached: the connection failed';
}

/** Reads the body in chunks and stops as soon as it passes the cap. */
async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = (): AppError =>
    fail(url, `is larger than ${formatSize(maxBytes)}, so it was not captured`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  // Node's fetch declares its body's chunks as `any`; they are bytes.
  const reader = response.body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return joinChunks(chunks, total);
}

async function follow(
  start: URL,
  raw: string,
  options: Required<CaptureUrlOptions>,
  signal: AbortSignal,
): Promise<CapturedUrl> {
  const redirects: string[] = [];
  let current = start;
  for (;;) {
    const response = await options.fetchImpl(current, {
      redirect: 'manual',
      signal,
      headers: {
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1',
        'user-agent': 'Mozilla/5.0 (compatible; ResearchNotebook/0.1)',
      },
    });
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw fail(raw, `redirected (${response.status}) without saying where to`);
      const next = URL.parse(location, current.href);
      if (!next) throw fail(raw, `redirected to “${location}”, which is not a valid address`);
      if (!WEB_SCHEMES.has(next.protocol)) {
        throw fail(raw, `redirected to “${next.href}”, which is not a web address, so it was not followed`);
      }
      if (redirects.length >= options.maxRedirects) {
        throw fail(raw, `redirected more than ${options.maxRedirects} times, so it was not captured`);
      }
      redirects.push(next.href);
      current = next;
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel();
      const reason = response.statusText ? ` ${response.statusText}` : '';
      throw fail(raw, `could not be captured: the site answered ${response.status}${reason}`);
    }
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!ACCEPTED_TYPES.has(contentType)) {
      await response.body?.cancel();
      const what = contentType ? `“${contentType}”` : 'an unstated type';
      throw fail(raw, `is ${what}, not a web page, text or PDF, so it was not captured`);
    }
    const bytes = await readCapped(response, options.maxBytes, raw);
    return { finalUrl: current.href, status: response.status, contentType, bytes, redirects };
  }
}

/**
 * Downloads one web page (or PDF) for import: http(s) only at every hop, redirects followed
 * by hand, one deadline for the whole transfer, and a size cap enforced while streaming.
 */
export async function captureUrl(url: string, opts: CaptureUrlOptions = {}): Promise<CapturedUrl> {
  const start = parseWebUrl(url);
  const options: Required<CaptureUrlOptions> = {
    timeoutMs: opts.timeoutMs ?? 20_000,
    maxBytes: opts.maxBytes ?? 20 * 1024 * 1024,
    maxRedirects: opts.maxRedirects ?? 5,
    fetchImpl: opts.fetchImpl ?? fetch,
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    return await follow(start, url, options, controller.signal);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (controller.signal.aborted) {
      const seconds = options.timeoutMs / 1000;
      const limit = seconds >= 1 ? `${Math.round(seconds)} seconds` : `${options.timeoutMs} ms`;
      throw fail(url, `did not finish loading within ${limit}, so it was not captured`);
    }
    throw fail(url, describeNetworkError(error));
  } finally {
    clearTimeout(timer);
  }
}
