import type { JsonBounds } from '../common/http/json-shape';
import { parseReplyTemplateFields, type ReplyTemplateFields } from '../wechat/reply-template';
import { type SubscribeTemplatesConfig, subscribeTemplatesConfig } from '../wechat/subscribe-templates';
import { type EnvironmentVariables, loadEnvironment, resolveFromRoot } from './environment';

export interface DatabaseConfig {
  type: 'sqlite' | 'mysql';
  /** Absolute path of the SQLite file, or ':memory:'. */
  sqlitePath: string;
  url?: string;
  /** MySQL only: the longest wait for a connection (a free one of the pool, or a new one's handshake). */
  connectTimeoutMs: number;
  /** MySQL only: the longest wait for a query's answer; start-up work (lock, migrations) is exempt. */
  queryTimeoutMs: number;
  /** MySQL only: read replicas (host and port; the primary's user, password and database), empty when none. */
  replicas?: Array<{ host: string; port: number }>;
}

export interface AppConfig {
  app: {
    env: 'development' | 'test' | 'production';
    port: number;
    host: string;
    logLevel: string;
    seedDemo: boolean;
    /** Demo messages too; only with seedDemo, which production refuses. */
    seedDemoMessages: boolean;
    corsOrigins: string[];
    trustProxy: boolean;
    /** Outbox worker and deadline scheduler on timers (tests run them by hand). */
    backgroundJobs: boolean;
    /** Milliseconds between two runs of the deadline schedulers. */
    schedulerIntervalMs: number;
    /** Built front ends served by the BFF. */
    adminDir: string;
    h5Dir: string;
    /** JSON bodies beyond these are a 400 before anything parses or validates them (docs/security.md §27). */
    jsonBounds: JsonBounds;
  };
  database: DatabaseConfig;
  /** State shared by several instances (docs/operations.md); no url: each instance keeps it in its own memory. */
  redis: { url?: string; keyPrefix: string };
  auth: {
    idleTimeoutMinutes: number;
    sessionMaxHours: number;
    /** Send the session cookie with `Secure` (always in production). */
    secureCookie: boolean;
    bootstrapAdmin?: { username: string; password: string };
    /** Password of the demo accounts; when unset, a random one is generated and shown once. */
    demoStaffPassword?: string;
    /** argon2id's memory per password hash, KiB (docs/security.md §12). */
    passwordHashMemoryKib: number;
  };
  /** Sign-in throttling for staff and citizens (docs/security.md §28). */
  signIn: {
    failuresPerAddress: number;
    addressWindowMs: number;
    attemptsPerAccount: number;
    accountWindowMs: number;
  };
  wechat: {
    apiBase: string;
    /** Unset: no WeChat login, no msgSecCheck, no subscribe messages. */
    appId?: string;
    secret?: string;
    replyTemplateId?: string;
    /** Bound on every call to WeChat; a subscribe send past it is an unknown outcome, not resent (docs/security.md §31). */
    timeoutMs: number;
    /** The template keys the case number and the status are sent under (WECHAT_REPLY_TEMPLATE_FIELDS). */
    replyTemplateFields: ReplyTemplateFields;
    /** 订阅's templates: 便民公告通知 and 办理进度通知 (WECHAT_ANNOUNCEMENT_*, WECHAT_PROGRESS_*, WECHAT_LONG_TERM_TEMPLATES). */
    subscribeTemplates: SubscribeTemplatesConfig;
    /** development: run the local fake WeChat server (apps/bff/src/wechat/fake-wechat-server.ts). */
    fake: boolean;
    /** Signs WeChat's message pushes (mediaCheckAsync verdicts); unset: pushes are refused. */
    pushToken?: string;
  };
  /** Message photos (docs/operations.md, "Photos"). */
  photos: {
    /** Local disk root of the default ImageStorage. */
    storageDir: string;
    /** The BFF's public origin WeChat fetches checked photos from; unset: photos cannot be checked by WeChat. */
    publicBaseUrl?: string;
    uploadsPerHour: number;
  };
  citizens: {
    devLogin: boolean;
    contactKey: Buffer;
    postsPerHour: number;
    /** Days a message's contact is kept after the message ended (docs/security.md §26). */
    contactRetentionDays: number;
  };
  deadlines: {
    workdays: Record<'consultation' | 'suggestion' | 'complaint', number>;
    reminderWorkdaysBefore: number;
    autoCloseWorkdays: number;
  };
  disclosure: {
    /** Working days an applicant has to answer a 补正 notice (docs/domain.md §5). */
    correctionWorkdays: number;
    /** A 不予公开 reply needs the office's approval after the agency head's. */
    withholdNeedsOffice: boolean;
    /** Reply-letter number prefix per agency code, e.g. dept-hrss → 临人社依公开. */
    letterPrefixes: Record<string, string>;
  };
  reports: {
    /** The city whose government publishes the annual report (CITY_NAME); titles start with it. */
    cityName: string;
  };
  stats: {
    /** An agency enters the ranking with at least this many valid messages in the period. */
    rankingMinItems: number;
  };
  notices: {
    /** Calendar days a section may go without a new notice before it is stale. */
    staleDays: Record<'rules' | 'announcements' | 'services', number>;
    /** A section is 即将超期 this many days before it would be stale. */
    dueSoonDays: number;
  };
}

export function toAppConfig(env: EnvironmentVariables): AppConfig {
  return {
    app: {
      env: env.NODE_ENV,
      port: env.PORT,
      host: env.HOST,
      logLevel: env.LOG_LEVEL,
      seedDemo: env.SEED_DEMO,
      seedDemoMessages: env.SEED_DEMO && env.SEED_DEMO_MESSAGES,
      corsOrigins: (env.CORS_ORIGINS ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
      trustProxy: env.TRUST_PROXY,
      backgroundJobs: env.BACKGROUND_JOBS,
      schedulerIntervalMs: env.SCHEDULER_INTERVAL_SECONDS * 1000,
      adminDir: resolveFromRoot('apps/admin/dist'),
      h5Dir: resolveFromRoot('apps/miniapp/dist/h5'),
      jsonBounds: { maxDepth: env.REQUEST_JSON_MAX_DEPTH, maxKeys: env.REQUEST_JSON_MAX_KEYS, maxArrayLength: env.REQUEST_JSON_MAX_ARRAY_LENGTH },
    },
    database: {
      type: env.DB_TYPE,
      sqlitePath: env.SQLITE_PATH === ':memory:' ? ':memory:' : resolveFromRoot(env.SQLITE_PATH),
      url: env.DATABASE_URL,
      connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: env.DB_QUERY_TIMEOUT_MS,
      replicas: (env.DB_REPLICA_HOSTS ?? '')
        .split(',')
        .filter(Boolean)
        .map((entry) => {
          const [host, port] = entry.split(':');
          return { host, port: port ? Number(port) : 3306 };
        }),
    },
    redis: { url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX },
    auth: {
      idleTimeoutMinutes: env.STAFF_IDLE_TIMEOUT_MINUTES,
      sessionMaxHours: env.STAFF_SESSION_MAX_HOURS,
      secureCookie: env.NODE_ENV === 'production',
      bootstrapAdmin:
        env.BOOTSTRAP_ADMIN_USERNAME && env.BOOTSTRAP_ADMIN_PASSWORD
          ? { username: env.BOOTSTRAP_ADMIN_USERNAME, password: env.BOOTSTRAP_ADMIN_PASSWORD }
          : undefined,
      demoStaffPassword: env.DEMO_STAFF_PASSWORD,
      passwordHashMemoryKib: env.PASSWORD_HASH_MEMORY_KIB,
    },
    signIn: {
      failuresPerAddress: env.SIGN_IN_FAILURES_PER_ADDRESS,
      addressWindowMs: env.SIGN_IN_ADDRESS_WINDOW_MINUTES * 60_000,
      attemptsPerAccount: env.SIGN_IN_ATTEMPTS_PER_ACCOUNT,
      accountWindowMs: env.SIGN_IN_ACCOUNT_WINDOW_MINUTES * 60_000,
    },
    wechat: {
      apiBase: env.WECHAT_API_BASE,
      appId: env.WECHAT_APPID,
      secret: env.WECHAT_SECRET,
      replyTemplateId: env.WECHAT_REPLY_TEMPLATE_ID,
      timeoutMs: env.WECHAT_TIMEOUT_MS,
      replyTemplateFields: parseReplyTemplateFields(env.WECHAT_REPLY_TEMPLATE_FIELDS),
      subscribeTemplates: subscribeTemplatesConfig({
        announcementId: env.WECHAT_ANNOUNCEMENT_TEMPLATE_ID,
        announcementFields: env.WECHAT_ANNOUNCEMENT_TEMPLATE_FIELDS,
        progressId: env.WECHAT_PROGRESS_TEMPLATE_ID,
        progressFields: env.WECHAT_PROGRESS_TEMPLATE_FIELDS,
        longTerm: env.WECHAT_LONG_TERM_TEMPLATES,
      }),
      fake: env.WECHAT_FAKE && env.NODE_ENV !== 'production',
      pushToken: env.WECHAT_PUSH_TOKEN,
    },
    photos: {
      storageDir: resolveFromRoot(env.PHOTO_STORAGE_DIR),
      publicBaseUrl: env.PUBLIC_BASE_URL,
      uploadsPerHour: env.PHOTO_UPLOADS_PER_HOUR,
    },
    citizens: {
      devLogin: env.CITIZEN_DEV_LOGIN,
      contactKey: Buffer.from(env.CONTACT_ENCRYPTION_KEY, 'base64'),
      postsPerHour: env.MESSAGE_POSTS_PER_HOUR,
      contactRetentionDays: env.CONTACT_RETENTION_DAYS,
    },
    deadlines: {
      workdays: { consultation: env.DEADLINE_WORKDAYS_CONSULTATION, suggestion: env.DEADLINE_WORKDAYS_SUGGESTION, complaint: env.DEADLINE_WORKDAYS_COMPLAINT },
      reminderWorkdaysBefore: env.REMINDER_WORKDAYS_BEFORE,
      autoCloseWorkdays: env.AUTO_CLOSE_WORKDAYS,
    },
    disclosure: {
      correctionWorkdays: env.DISCLOSURE_CORRECTION_WORKDAYS,
      withholdNeedsOffice: env.DISCLOSURE_WITHHOLD_NEEDS_OFFICE,
      letterPrefixes: Object.fromEntries(
        env.DISCLOSURE_LETTER_PREFIXES.split(',')
          .filter(Boolean)
          .map((pair) => pair.split('=') as [string, string]),
      ),
    },
    reports: {
      cityName: env.CITY_NAME,
    },
    stats: {
      rankingMinItems: env.STATS_RANKING_MIN_ITEMS,
    },
    notices: {
      staleDays: { announcements: env.NOTICE_STALE_DAYS_ANNOUNCEMENTS, rules: env.NOTICE_STALE_DAYS_RULES, services: env.NOTICE_STALE_DAYS_SERVICES },
      dueSoonDays: env.NOTICE_DUE_SOON_DAYS,
    },
  };
}

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return toAppConfig(loadEnvironment(env));
}
