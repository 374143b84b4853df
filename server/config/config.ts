import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { projectRoot } from './project-root.ts';

const port = z.coerce.number().int().min(0).max(65_535);
const positive = z.coerce.number().int().positive();
const byteSize = z.string().regex(/^\d+[kmg]?$/i, 'a size such as 512m or 1g');
// The local Neo4j is for this machine only: Bolt without TLS would carry its password in clear over a network, and
// its port also answers browsers' WebSockets. A Neo4j for others is a server of its own, reached with NEO4J_URI.
const loopbackHost = z
  .string()
  .refine(
    (host) => host === 'localhost' || /^127(\.\d{1,3}){3}$/.test(host),
    'a loopback address such as 127.0.0.1; for a Neo4j that others reach, run one and set NEO4J_URI',
  );

/** Every environment variable the atlas reads, with its default. The README's configuration table mirrors it. */
const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  ATLAS_SEED: z.enum(['auto', 'always', 'never']).default('auto'),
  ATLAS_WARM_UP: z.enum(['true', 'false']).default('true'),
  ATLAS_SERVER_TIMING: z.enum(['true', 'false']).default('false'),
  ATLAS_ADMIN_TOKENS: z
    .string()
    .regex(
      /^\s*$|^[A-Za-z0-9._@-]+:[0-9a-f]{64}(\s*,\s*[A-Za-z0-9._@-]+:[0-9a-f]{64})*$/,
      'comma-separated name:sha256-hex pairs (npm run token -- NAME creates one)',
    )
    .default(''),
  ATLAS_INTROSPECTION: z.enum(['true', 'false']).default('true'),
  ATLAS_MAX_DEPTH: positive.default(12),
  ATLAS_MAX_COST: positive.default(50_000),
  ATLAS_MAX_ALIASES: positive.default(30),
  ATLAS_MAX_TOKENS: positive.default(5_000),
  ATLAS_MAX_BODY_BYTES: positive.default(1_048_576),
  ATLAS_MAX_TRAVERSAL_DEPTH: z.coerce.number().int().min(1).max(3).default(3),
  ATLAS_DEADLINE_MS: positive.default(15_000),
  ATLAS_HEADERS_TIMEOUT_MS: positive.default(10_000),
  ATLAS_REQUEST_TIMEOUT_MS: positive.default(30_000),
  ATLAS_MAX_CONNECTIONS: positive.default(1_000),
  ATLAS_MAX_CONCURRENT_EXPORTS: positive.default(2),
  ATLAS_SHUTDOWN_GRACE_MS: positive.default(10_000),
  // A file of `name:sha256` lines, read again when it changes: a token removed from it is refused at once.
  ATLAS_ADMIN_TOKENS_FILE: z.string().optional(),
  // Empty means unset, as for ATLAS_ADMIN_TOKENS: an operator can blank a variable in a unit file or .env.
  ATLAS_FEEDBACK_EMAIL: z
    .union([z.literal(''), z.email('an e-mail address such as barrierefreiheit@example.org')])
    .default(''),
  ATLAS_FEEDBACK_URL: z
    .union([
      z.literal(''),
      z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://example.org/kontakt' }),
    ])
    .default(''),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt://, neo4j://, neo4j+s:// or bolt+s:// URI')
    .optional(),
  // User and password of NEO4J_URI; the local Neo4j's user is always neo4j, its password in its home's password file.
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  NEO4J_LOCAL_VERSION: z
    .string()
    .regex(/^5\.26\.\d+$/, 'a 5.26 LTS version such as 5.26.29')
    .default('5.26.29'),
  NEO4J_LOCAL_HOME: z.string().default(path.join(projectRoot, '.local', 'neo4j')),
  NEO4J_LOCAL_CACHE: z.string().default(path.join(os.homedir(), '.cache', 'integration-atlas')),
  NEO4J_LOCAL_HOST: loopbackHost.default('127.0.0.1'),
  NEO4J_LOCAL_BOLT_PORT: port.default(7687),
  NEO4J_LOCAL_HEAP: byteSize.default('1g'),
  NEO4J_LOCAL_PAGECACHE: byteSize.default('256m'),
});

export type Env = z.infer<typeof envSchema>;

export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string | undefined;
  readonly database: string;
  readonly connectTimeoutMs: number;
}

export interface LocalNeo4jOptions {
  readonly version: string;
  readonly home: string;
  readonly cacheDir: string;
  readonly host: string;
  readonly boltPort: number;
  readonly heap: string;
  readonly pageCache: string;
}

/** Safety limits of the API (README: configuration table; each has a test). */
export interface ApiLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxBodyBytes: number;
  /** Largest page of a list; fixed by the API contract, not configurable. */
  readonly maxPageSize: 100;
  readonly maxTraversalDepth: number;
  /** Execution deadline of one request, also the Neo4j transaction timeout. */
  readonly deadlineMs: number;
  readonly introspection: boolean;
}

/** What the operator says about the public page; the accessibility statement names where feedback goes. */
export interface SiteSettings {
  /** Where readers report barriers and other feedback (ATLAS_FEEDBACK_EMAIL); null: not configured. */
  readonly feedbackEmail: string | null;
  /** A contact form or issue tracker for the same (ATLAS_FEEDBACK_URL); null: not configured. */
  readonly feedbackUrl: string | null;
}

/** How the HTTP server treats connections: slow or stalled clients, crowds, heavy downloads, the way down. */
export interface HttpSettings {
  /** A client must send its request headers within this (Node's headersTimeout): 408, connection closed. */
  readonly headersTimeoutMs: number;
  /** A client must send its whole request, body included, within this (Node's requestTimeout): 408. */
  readonly requestTimeoutMs: number;
  /** Open connections at most; further ones are closed at once (Node's maxConnections). */
  readonly maxConnections: number;
  /** HTTP exports running at once at most (each re-reads the graph); more: 503 with Retry-After. */
  readonly maxConcurrentExports: number;
  /** On SIGTERM/SIGINT, requests in flight get this long to finish before their connections are closed. */
  readonly shutdownGraceMs: number;
}

/** An admin token: the name it is known by (audit trail) and the SHA-256 of the secret. */
export interface AdminTokenHash {
  readonly name: string;
  readonly sha256: string;
}

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly seed: Env['ATLAS_SEED'];
  /** Whether the server asks itself the explorer's first questions after start-up (server/app/warm-up.ts). */
  readonly warmUp: boolean;
  /** Whether GraphQL answers carry a Server-Timing header with their Cypher statements and time (benchmarks). */
  readonly serverTiming: boolean;
  readonly limits: ApiLimits;
  readonly site: SiteSettings;
  readonly adminTokens: readonly AdminTokenHash[];
  /** A file of further `name:sha256` lines, read again when it changes (ATLAS_ADMIN_TOKENS_FILE). */
  readonly adminTokensFile: string | undefined;
  readonly http: HttpSettings;
  /** Set when NEO4J_URI is given: the atlas uses that server and starts none of its own. */
  readonly external: Neo4jConnection | undefined;
  readonly local: LocalNeo4jOptions;
  readonly neo4j: Omit<Neo4jConnection, 'uri'>;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError(ErrorCode.CONFIG_INVALID, `Invalid configuration: ${problems.join('; ')}`, {
      problems,
    });
  }
  const e = parsed.data;
  const neo4j = {
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE,
    connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
  };
  return {
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    seed: e.ATLAS_SEED,
    warmUp: e.ATLAS_WARM_UP === 'true',
    serverTiming: e.ATLAS_SERVER_TIMING === 'true',
    limits: {
      maxDepth: e.ATLAS_MAX_DEPTH,
      maxCost: e.ATLAS_MAX_COST,
      maxAliases: e.ATLAS_MAX_ALIASES,
      maxTokens: e.ATLAS_MAX_TOKENS,
      maxBodyBytes: e.ATLAS_MAX_BODY_BYTES,
      maxPageSize: 100,
      maxTraversalDepth: e.ATLAS_MAX_TRAVERSAL_DEPTH,
      deadlineMs: e.ATLAS_DEADLINE_MS,
      introspection: e.ATLAS_INTROSPECTION === 'true',
    },
    site: {
      feedbackEmail: e.ATLAS_FEEDBACK_EMAIL === '' ? null : e.ATLAS_FEEDBACK_EMAIL,
      feedbackUrl: e.ATLAS_FEEDBACK_URL === '' ? null : e.ATLAS_FEEDBACK_URL,
    },
    adminTokens: e.ATLAS_ADMIN_TOKENS.split(',')
      .map((pair) => pair.trim())
      .filter((pair) => pair !== '')
      .map((pair) => {
        const [name = '', sha256 = ''] = pair.split(':');
        return { name, sha256 };
      }),
    adminTokensFile:
      e.ATLAS_ADMIN_TOKENS_FILE === undefined || e.ATLAS_ADMIN_TOKENS_FILE.trim() === ''
        ? undefined
        : path.resolve(e.ATLAS_ADMIN_TOKENS_FILE),
    http: {
      headersTimeoutMs: e.ATLAS_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.ATLAS_REQUEST_TIMEOUT_MS,
      maxConnections: e.ATLAS_MAX_CONNECTIONS,
      maxConcurrentExports: e.ATLAS_MAX_CONCURRENT_EXPORTS,
      shutdownGraceMs: e.ATLAS_SHUTDOWN_GRACE_MS,
    },
    external: e.NEO4J_URI === undefined ? undefined : { uri: e.NEO4J_URI, ...neo4j },
    neo4j,
    local: {
      version: e.NEO4J_LOCAL_VERSION,
      home: path.resolve(e.NEO4J_LOCAL_HOME),
      cacheDir: path.resolve(e.NEO4J_LOCAL_CACHE),
      host: e.NEO4J_LOCAL_HOST,
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      heap: e.NEO4J_LOCAL_HEAP,
      pageCache: e.NEO4J_LOCAL_PAGECACHE,
    },
  };
}
