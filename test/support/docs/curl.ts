// The curl commands of the docs, read the way a POSIX shell and curl read them, so a test can send the same
// request with fetch. Only the options the docs use are understood; any other option is an error (a new
// example with a new option must be taught here, not silently run differently).

export interface CurlRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  /** `-O`/`-J`: the answer is saved to a file. */
  readonly download: boolean;
}

/** Splits a shell command line into words: '…' literal, "…" with \-escapes and $VAR, bare words with $VAR. */
export function shellWords(line: string, env: Readonly<Record<string, string>>): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let i = 0;
  const variable = () => {
    const match = /^\$(?:\{(\w+)\}|(\w+))/.exec(line.slice(i));
    if (!match) return '$';
    i += match[0].length - 1;
    const name = (match[1] ?? match[2])!;
    const value = env[name];
    if (value === undefined) throw new Error(`the command uses $${name}, which the test does not provide`);
    return value;
  };
  for (; i < line.length; i += 1) {
    const c = line[i]!;
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated ' in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      word ??= '';
      for (i += 1; line[i] !== '"'; i += 1) {
        if (i >= line.length) throw new Error(`unterminated " in: ${line}`);
        if (line[i] === '\\' && /["\\$`]/.test(line[i + 1] ?? '')) word += line[(i += 1)];
        else if (line[i] === '$') word += variable();
        else word += line[i];
      }
    } else if (c === '\\') {
      word = (word ?? '') + (line[(i += 1)] ?? '');
    } else if (c === '$') {
      word = (word ?? '') + variable();
    } else if (c === '#' && word === undefined) {
      break;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The request a `curl …` command sends, with `origin` (e.g. http://127.0.0.1:4000) replaced by `server`. */
export function curlRequest(
  command: string,
  replaceOrigin: { readonly origin: string; readonly server: string },
  env: Readonly<Record<string, string>> = {},
): CurlRequest {
  const words = shellWords(command, env);
  if (words[0] !== 'curl') throw new Error(`not a curl command: ${command}`);
  let get = false;
  let download = false;
  let url: string | undefined;
  const headers: Record<string, string> = {};
  const data: string[] = [];
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i]!;
    const argument = () => {
      const next = words[(i += 1)];
      if (next === undefined) throw new Error(`${word} needs an argument: ${command}`);
      return next;
    };
    if (word === '-H' || word === '--header') {
      const header = argument();
      const colon = header.indexOf(':');
      if (colon < 1) throw new Error(`bad header ${header}`);
      headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
    } else if (word === '-d' || word === '--data' || word === '--data-raw') {
      data.push(argument());
    } else if (word === '--data-urlencode') {
      // curl: "name=content" sends name=<content URL-encoded>; without "=" the whole argument is encoded.
      const arg = argument();
      const eq = arg.indexOf('=');
      data.push(
        eq < 0 ? encodeURIComponent(arg) : `${arg.slice(0, eq + 1)}${encodeURIComponent(arg.slice(eq + 1))}`,
      );
    } else if (/^-[a-zA-Z]+$/.test(word)) {
      for (const flag of word.slice(1)) {
        if (flag === 's') continue;
        else if (flag === 'G') get = true;
        else if (flag === 'O' || flag === 'J') download = true;
        else throw new Error(`curl option -${flag} is not understood by the docs examples test: ${command}`);
      }
    } else if (word.startsWith('-')) {
      throw new Error(`curl option ${word} is not understood by the docs examples test: ${command}`);
    } else {
      if (url !== undefined) throw new Error(`two URLs in: ${command}`);
      url = word;
    }
  }
  if (url === undefined) throw new Error(`no URL in: ${command}`);
  if (!url.startsWith(replaceOrigin.origin)) throw new Error(`${url} is not on ${replaceOrigin.origin}`);
  url = replaceOrigin.server + url.slice(replaceOrigin.origin.length);
  const joined = data.length > 0 ? data.join('&') : undefined;
  if (get || joined === undefined) {
    if (joined !== undefined) url += (url.includes('?') ? '&' : '?') + joined;
    return { method: 'GET', url, headers, body: undefined, download };
  }
  // Like curl, a body without a content-type header goes as a form.
  return {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: joined,
    download,
  };
}

/** A short description of a curl command for a test name: method, path and the GraphQL operation it sends. */
export function curlSummary(command: string, origin: string): string {
  // Shell variables stay as written ($ATLAS_TOKEN); only the request line and body matter here.
  const env = new Proxy<Record<string, string>>({}, { get: (_, name) => `$${String(name)}` });
  const request = curlRequest(command, { origin, server: 'http://readme' }, env);
  const url = new URL(request.url);
  let operation = url.searchParams.get('query');
  if (
    operation === null &&
    request.body !== undefined &&
    request.headers['content-type'] === 'application/json'
  ) {
    operation = (JSON.parse(request.body) as { query?: string }).query ?? null;
  }
  if (operation === null) return `${request.method} ${url.pathname}${url.search}`;
  const flat = operation.replace(/\s+/g, ' ').trim();
  return `${request.method} ${url.pathname} ${flat.length > 90 ? `${flat.slice(0, 89)}…` : flat}`;
}
