// docs/operations.md: the nginx example for several instances is a configuration nginx accepts. Runs with the unit
// suite wherever nginx is installed (.ci/run installs Debian's nginx-light, so under CI it never skips).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CONFIG = resolve(__dirname, '../deploy/nginx/weimin.conf');
const CI = process.env.CI === 'true' || process.env.CI === '1';
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => spawnSync(path, ['-v']).status === 0);
if (!nginx && CI) throw new Error('nginx is required under CI to check deploy/nginx/weimin.conf (.ci/run installs nginx-light)');

(nginx ? describe : describe.skip)('deploy/nginx/weimin.conf', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'weimin-nginx-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** `nginx -t` on the file, with its certificate paths pointed at a throwaway self-signed pair (nginx opens them). */
  function check(text: string): { ok: boolean; output: string } {
    mkdirSync(join(dir, 'tls'), { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=weimin.test',
        '-keyout',
        join(dir, 'tls/weimin.key'),
        '-out',
        join(dir, 'tls/weimin.crt'),
      ],
      {
        stdio: 'ignore',
      },
    );
    const file = join(dir, 'nginx.conf');
    writeFileSync(file, text.replaceAll('/etc/nginx/tls/', `${dir}/tls/`));
    const result = spawnSync(nginx!, ['-t', '-q', '-c', file, '-p', dir, '-e', join(dir, 'error.log'), '-g', `pid ${join(dir, 'nginx.pid')};`], {
      encoding: 'utf8',
    });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  }

  it('passes nginx -t', () => {
    const result = check(readFileSync(CONFIG, 'utf8'));
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('is really checked: a broken copy fails nginx -t', () => {
    const result = check(readFileSync(CONFIG, 'utf8').replace('proxy_pass http://weimin_bff;', 'proxy_pass http://weimin_bff'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/emerg/);
  });

  it('hands every instance the client address and replaces, never appends to, X-Forwarded-For', () => {
    const text = readFileSync(CONFIG, 'utf8');
    expect(text).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(text).not.toMatch(/\$proxy_add_x_forwarded_for/);
    expect(text.match(/^\s+server \S+:3000/gm)?.length).toBeGreaterThanOrEqual(2);
  });
});
