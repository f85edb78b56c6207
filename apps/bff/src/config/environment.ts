import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, validateSync, ValidateIf } from 'class-validator';
import { parse } from 'dotenv';
import { MIN_PASSWORD_HASH_MEMORY_KIB } from '../staff/password-hasher';
import { passwordProblems } from '../staff/password-policy';
import { REPLY_TEMPLATE_FIELDS_PATTERN } from '../wechat/reply-template';
import { ANNOUNCEMENT_TEMPLATE_FIELDS_PATTERN, LONG_TERM_TEMPLATES_PATTERN } from '../wechat/subscribe-templates';

/** The repository root: apps/bff/src/config and apps/bff/dist/config both sit four levels below it. */
export const PROJECT_ROOT = resolve(__dirname, '../../../..');
const CONFIG_DIR = join(PROJECT_ROOT, 'config');

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value);
const toInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** Every variable the BFF reads, with its rule. Unknown variables are ignored. */
export class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production';

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number;

  @IsString()
  HOST: string;

  @IsIn(['sqlite', 'mysql'])
  DB_TYPE: 'sqlite' | 'mysql';

  @ValidateIf((env: EnvironmentVariables) => env.DB_TYPE === 'sqlite')
  @IsString()
  @Matches(/\S/, { message: 'SQLITE_PATH must not be empty' })
  SQLITE_PATH: string;

  @Transform(emptyToUndefined)
  @ValidateIf((env: EnvironmentVariables) => env.DB_TYPE === 'mysql')
  @Matches(/^mysql:\/\/[^\s/]+\/\w+(\?.*)?$/, {
    message: 'DATABASE_URL must look like mysql://user:password@host:3306/database when DB_TYPE=mysql',
  })
  DATABASE_URL?: string;

  // Bounds on every wait on MySQL (docs/security.md §30): a connection (pool or handshake), and each query.
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(120_000)
  DB_CONNECT_TIMEOUT_MS: number;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DB_QUERY_TIMEOUT_MS: number;

  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO: boolean;

  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_MESSAGES: boolean;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string;

  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY: boolean;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(480)
  STAFF_IDLE_TIMEOUT_MINUTES: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(72)
  STAFF_SESSION_MAX_HOURS: number;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[a-z][a-z0-9._-]{2,63}$/, { message: 'BOOTSTRAP_ADMIN_USERNAME must be 3-64 lower-case letters, digits, dot, dash or underscore' })
  BOOTSTRAP_ADMIN_USERNAME?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((env: EnvironmentVariables) => env.BOOTSTRAP_ADMIN_USERNAME !== undefined)
  @IsString({ message: 'BOOTSTRAP_ADMIN_PASSWORD is required with BOOTSTRAP_ADMIN_USERNAME' })
  BOOTSTRAP_ADMIN_PASSWORD?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DEMO_STAFF_PASSWORD?: string;

  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'CONTACT_ENCRYPTION_KEY must be 32 random bytes in base64 (44 characters)' })
  CONTACT_ENCRYPTION_KEY: string;

  @Matches(/^https?:\/\/[^\s/]+(:\d+)?$/, { message: 'WECHAT_API_BASE must be an http(s) origin without a path' })
  WECHAT_API_BASE: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^wx[0-9a-f]{16}$/, { message: 'WECHAT_APPID must look like wx followed by 16 hex digits' })
  WECHAT_APPID?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((env: EnvironmentVariables) => env.WECHAT_APPID !== undefined)
  @Matches(/^[0-9a-f]{32}$/, { message: 'WECHAT_SECRET (32 hex digits) is required with WECHAT_APPID' })
  WECHAT_SECRET?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(64)
  WECHAT_REPLY_TEMPLATE_ID?: string;

  @Matches(REPLY_TEMPLATE_FIELDS_PATTERN, {
    message: 'WECHAT_REPLY_TEMPLATE_FIELDS must be the template keys of the case number and the status, e.g. character_string1,phrase2',
  })
  WECHAT_REPLY_TEMPLATE_FIELDS: string;

  /** 订阅 (issue 16): the 便民公告通知 template; unset, announcements are not sent. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(64)
  WECHAT_ANNOUNCEMENT_TEMPLATE_ID?: string;

  @Matches(ANNOUNCEMENT_TEMPLATE_FIELDS_PATTERN, {
    message: 'WECHAT_ANNOUNCEMENT_TEMPLATE_FIELDS must be the template keys of the unit and the title, two thing fields, e.g. thing1,thing2',
  })
  WECHAT_ANNOUNCEMENT_TEMPLATE_FIELDS: string;

  /** The 办理进度通知 template (交办, extension approved); unset, those notices are not sent. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(64)
  WECHAT_PROGRESS_TEMPLATE_ID?: string;

  @Matches(REPLY_TEMPLATE_FIELDS_PATTERN, {
    message: 'WECHAT_PROGRESS_TEMPLATE_FIELDS must be the template keys of the case number and the status, e.g. character_string1,phrase2',
  })
  WECHAT_PROGRESS_TEMPLATE_FIELDS: string;

  /** The templates the mini-program's category may ask for long-term (长期订阅): their grants are never spent. */
  @Matches(LONG_TERM_TEMPLATES_PATTERN, { message: 'WECHAT_LONG_TERM_TEMPLATES must list announcement and/or progress, comma-separated, or be empty' })
  WECHAT_LONG_TERM_TEMPLATES: string;

  @Transform(toBoolean)
  @IsBoolean()
  WECHAT_FAKE: boolean;

  /**
   * The Token of the mini-program's message push (消息推送, plaintext JSON): WeChat signs each push with it, and the
   * BFF drops a push whose signature does not match. Unset: pushes (the verdicts of mediaCheckAsync) are refused.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{3,32}$/, { message: 'WECHAT_PUSH_TOKEN must be 3-32 letters and digits, as the MP console allows' })
  WECHAT_PUSH_TOKEN?: string;

  /** The BFF's public https origin, e.g. https://weimin.example.gov.cn: WeChat downloads the photos it checks from there. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^/\s]+$/, { message: 'PUBLIC_BASE_URL must be an origin without a path, e.g. https://weimin.example.gov.cn' })
  PUBLIC_BASE_URL?: string;

  /** Where message photos are kept on local disk (relative to the repository root unless absolute). */
  @Matches(/\S/, { message: 'PHOTO_STORAGE_DIR must not be empty' })
  PHOTO_STORAGE_DIR: string;

  /** Photos one citizen may upload per hour (each upload counts, used or not). */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10_000)
  PHOTO_UPLOADS_PER_HOUR: number;

  /**
   * How long one call to WeChat may take (docs/security.md §30); a send that times out is an unknown outcome (§31). At
   * most 15 s, so that a send's calls (token, send, refreshed token, send again) end within the outbox's 60 s claim.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(15_000)
  WECHAT_TIMEOUT_MS: number;

  @Transform(toBoolean)
  @IsBoolean()
  CITIZEN_DEV_LOGIN: boolean;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(60)
  DEADLINE_WORKDAYS_CONSULTATION: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(60)
  DEADLINE_WORKDAYS_SUGGESTION: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(60)
  DEADLINE_WORKDAYS_COMPLAINT: number;

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(10)
  REMINDER_WORKDAYS_BEFORE: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(60)
  AUTO_CLOSE_WORKDAYS: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10_000)
  MESSAGE_POSTS_PER_HOUR: number;

  @Transform(toInteger)
  @IsInt()
  @Min(30)
  @Max(3650)
  CONTACT_RETENTION_DAYS: number;

  // Request shape bounds (docs/security.md §27).
  @Transform(toInteger)
  @IsInt()
  @Min(4)
  @Max(64)
  REQUEST_JSON_MAX_DEPTH: number;

  @Transform(toInteger)
  @IsInt()
  @Min(50)
  @Max(100_000)
  REQUEST_JSON_MAX_KEYS: number;

  @Transform(toInteger)
  @IsInt()
  @Min(50)
  @Max(100_000)
  REQUEST_JSON_MAX_ARRAY_LENGTH: number;

  // argon2id's memory per staff password hash (docs/security.md §12); below OWASP's minimum only under NODE_ENV=test.
  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  @Max(1_048_576)
  PASSWORD_HASH_MEMORY_KIB: number;

  // Sign-in throttling (docs/security.md §28).
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100_000)
  SIGN_IN_FAILURES_PER_ADDRESS: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1440)
  SIGN_IN_ADDRESS_WINDOW_MINUTES: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10_000)
  SIGN_IN_ATTEMPTS_PER_ACCOUNT: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(60)
  SIGN_IN_ACCOUNT_WINDOW_MINUTES: number;

  @Transform(toBoolean)
  @IsBoolean()
  BACKGROUND_JOBS: boolean;

  /** Seconds between two runs of the deadline schedulers (reminders, overdue alerts, auto-close); 60 by default. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(3600)
  SCHEDULER_INTERVAL_SECONDS: number;

  // Several instances (docs/operations.md): shared rate limits, cache invalidation and WeChat token through Redis.
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must look like redis://[:password@]host:6379[/db] (or rediss:// for TLS)' })
  REDIS_URL?: string;

  @Matches(/^[\w:.-]{1,64}$/, { message: 'REDIS_KEY_PREFIX must be 1-64 letters, digits, colon, dot, dash or underscore' })
  REDIS_KEY_PREFIX: string;

  // MySQL read replicas (docs/operations.md): host:port list, same user, password and database as DATABASE_URL.
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[\w.-]+(:\d{1,5})?(,[\w.-]+(:\d{1,5})?)*$/, { message: 'DB_REPLICA_HOSTS must read host:port,host:port' })
  DB_REPLICA_HOSTS?: string;

  // Statistics (issue 7)
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10_000)
  STATS_RANKING_MIN_ITEMS: number;
  // Update reminders for public-enterprise notices (docs/domain.md §2): days a section may go without a new notice.
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(3650)
  NOTICE_STALE_DAYS_ANNOUNCEMENTS: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(3650)
  NOTICE_STALE_DAYS_RULES: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(3650)
  NOTICE_STALE_DAYS_SERVICES: number;

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(365)
  NOTICE_DUE_SOON_DAYS: number;

  // 依申请公开 (docs/domain.md §5)
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(60)
  DISCLOSURE_CORRECTION_WORKDAYS: number;

  @Transform(toBoolean)
  @IsBoolean()
  DISCLOSURE_WITHHOLD_NEEDS_OFFICE: boolean;

  @IsString()
  @MaxLength(4000)
  @Matches(/^$|^[\w-]+=[^,=]{1,24}(,[\w-]+=[^,=]{1,24})*$/, { message: 'DISCLOSURE_LETTER_PREFIXES must read agency-code=prefix,agency-code=prefix' })
  DISCLOSURE_LETTER_PREFIXES: string;

  // 年度报告 (docs/domain.md §8): the city whose government reports; published titles start with it.
  @IsString()
  @Matches(/^\S{2,20}$/, { message: 'CITY_NAME must be the city’s name, 2 to 20 characters without spaces, e.g. 临溪市' })
  CITY_NAME: string;
}

/** The development key committed in config/default.env: never acceptable in production. */
const DEVELOPMENT_CONTACT_KEY = 'ZGV2LW9ubHkta2V5LW5ldmVyLWluLXByb2R1Y3Rpb24=';

/** Values never echoed back in an error line: they may hold a password. */
const SENSITIVE = new Set([
  'DATABASE_URL',
  'REDIS_URL',
  'BOOTSTRAP_ADMIN_PASSWORD',
  'DEMO_STAFF_PASSWORD',
  'CONTACT_ENCRYPTION_KEY',
  'WECHAT_SECRET',
  'WECHAT_PUSH_TOKEN',
]);

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

function readEnvFile(name: string): Record<string, string> {
  const file = join(CONFIG_DIR, name);
  return existsSync(file) ? parse(readFileSync(file)) : {};
}

/**
 * config/default.env, then config/local.env, then the process environment, validated.
 * Throws ConfigurationError naming every bad variable and the value it had.
 */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): EnvironmentVariables {
  const merged: Record<string, unknown> = { ...readEnvFile('default.env'), ...readEnvFile('local.env') };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) merged[key] = value;

  const variables = plainToInstance(EnvironmentVariables, merged, { excludeExtraneousValues: false });
  const errors = validateSync(variables, { forbidUnknownValues: false });
  const problems = errors.map((e) => {
    const got = SENSITIVE.has(e.property) ? 'a hidden value' : JSON.stringify(merged[e.property] ?? null);
    return `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')} (got ${got})`;
  });
  // Rules across variables.
  for (const name of ['BOOTSTRAP_ADMIN_PASSWORD', 'DEMO_STAFF_PASSWORD'] as const) {
    const password = variables[name];
    const problem = password === undefined ? undefined : passwordProblems(password)[0];
    if (problem) problems.push(`${name}: ${problem} (got a hidden value)`);
  }
  if (variables.NODE_ENV !== 'test' && variables.PASSWORD_HASH_MEMORY_KIB < MIN_PASSWORD_HASH_MEMORY_KIB)
    problems.push(
      `PASSWORD_HASH_MEMORY_KIB: at least ${MIN_PASSWORD_HASH_MEMORY_KIB} (OWASP's minimum for argon2id) unless NODE_ENV=test (got ${variables.PASSWORD_HASH_MEMORY_KIB})`,
    );
  if (variables.DB_REPLICA_HOSTS !== undefined && variables.DB_TYPE !== 'mysql')
    problems.push(`DB_REPLICA_HOSTS: read replicas need DB_TYPE=mysql (got ${JSON.stringify(variables.DB_REPLICA_HOSTS)})`);
  if (variables.NODE_ENV === 'production') {
    if (variables.SEED_DEMO === true)
      problems.push('SEED_DEMO: must be false when NODE_ENV=production: demo data and demo accounts have no place there (got true)');
    if (variables.CITIZEN_DEV_LOGIN === true)
      problems.push('CITIZEN_DEV_LOGIN: must be false when NODE_ENV=production: citizens sign in through WeChat only (got true)');
    if (variables.WECHAT_FAKE === true) problems.push('WECHAT_FAKE: must be false when NODE_ENV=production (got true)');
    if (variables.CONTACT_ENCRYPTION_KEY === DEVELOPMENT_CONTACT_KEY)
      problems.push('CONTACT_ENCRYPTION_KEY: the development key from config/default.env is not allowed in production (got a hidden value)');
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return variables;
}

export function resolveFromRoot(path: string): string {
  return isAbsolute(path) ? path : join(PROJECT_ROOT, path);
}
