import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
  ValidateIf,
} from 'class-validator';
import { parse } from 'dotenv';
import { passwordProblems } from '../staff/password-policy';

/** The repository root: apps/bff/src/config and apps/bff/dist/config both sit four levels below it. */
export const PROJECT_ROOT = resolve(__dirname, '../../../..');
const CONFIG_DIR = join(PROJECT_ROOT, 'config');

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === true ? true : value === 'false' || value === false ? false : value;
const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
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

  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO: boolean;

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
}

/** Values never echoed back in an error line: they may hold a password. */
const SENSITIVE = new Set(['DATABASE_URL', 'BOOTSTRAP_ADMIN_PASSWORD', 'DEMO_STAFF_PASSWORD']);

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
  if (variables.NODE_ENV === 'production' && variables.SEED_DEMO === true) {
    problems.push('SEED_DEMO: must be false when NODE_ENV=production: demo data and demo accounts have no place there (got true)');
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return variables;
}

export function resolveFromRoot(path: string): string {
  return isAbsolute(path) ? path : join(PROJECT_ROOT, path);
}
