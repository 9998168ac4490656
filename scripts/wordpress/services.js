// The services `npm run test:wordpress` starts from Debian's packages, each in a folder of its
// own and on loopback only: MariaDB, and Apache with PHP serving Debian's WordPress
// (/usr/share/wordpress) through a document root and wp-config.php of the test's own. Nothing of
// the machine's is configured or changed; stopAll() ends every process started here.
import {execFileSync, spawn} from 'node:child_process';
import {once} from 'node:events';
import {cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {connect, createServer} from 'node:net';
import {join} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {MODULES, phpModule, WORDPRESS} from './packages.js';

// As root (CI), Apache serves as www-data and MariaDB must be told it may run as root.
const root = process.getuid?.() === 0;

const started = [];

/**
 * Starts `command` as a process of the test's own, ended by stopAll(). In a process group of its
 * own: Apache stops by signalling its whole group, which would take the test (and its shell) along.
 */
function start(command, args, log) {
  const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'pipe'], detached: true});
  child.stderr.on('data', (chunk) => log.push(String(chunk)));
  started.push(child);
  return child;
}

/** Sends `signal` to `child` and everything in its process group (Apache's workers). */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Gone already.
  }
}

// Should the test end without stopAll(), its services end with it.
process.on('exit', () => started.forEach((child) => signalGroup(child, 'SIGKILL')));

/** Ends every process started here: SIGTERM, then SIGKILL after 10 s. */
export async function stopAll() {
  await Promise.all(
    started.splice(0).map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      signalGroup(child, 'SIGTERM');
      const late = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(late);
    })
  );
}

/** A free TCP port on loopback. */
export async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once `ready()` is true, checking every 50 ms; fails after `seconds`, with `log`. */
async function until(ready, what, log, seconds = 30) {
  for (let waited = 0; !(await ready()); waited += 50) {
    if (waited > seconds * 1000) throw new Error(`${what} did not start:\n${log.join('')}`);
    await sleep(50);
  }
}

const answers = (port) =>
  new Promise((resolve) =>
    connect(port, '127.0.0.1')
      .on('connect', function () {
        this.end();
        resolve(true);
      })
      .on('error', () => resolve(false))
  );

/** MariaDB in `dir`, on a socket only, with a `wordpress` database and user; resolves to the socket. */
export async function startMariaDB(dir) {
  const data = join(dir, 'mariadb');
  const socket = join(dir, 'mariadb.sock');
  const user = root ? ['--user=root'] : [];
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${data}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...user,
    ],
    {stdio: 'ignore'}
  );
  const log = [];
  start(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      '--skip-networking',
      '--innodb-buffer-pool-size=16M',
      ...user,
    ],
    log
  );
  await until(() => existsSync(socket), 'MariaDB', log);
  const sql =
    "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';" +
    " GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';";
  execFileSync('mariadb', ['--no-defaults', '-S', socket, '-uroot', '-e', sql]);
  return socket;
}

/**
 * WordPress's document root in `dir`/www: Debian's files (its folders linked, the files that find
 * ABSPATH by their own place copied) with a wp-config.php for `home` on the database at `socket`;
 * `constants` are defined there too. Resolves to the folder.
 */
export function wordpressRoot(dir, {home, socket, constants = {}}) {
  const www = join(dir, 'www');
  for (const folder of ['plugins', 'themes', 'uploads'])
    mkdirSync(join(www, 'wp-content', folder), {recursive: true});
  for (const file of readdirSync(WORDPRESS).filter((f) => f.endsWith('.php') && f !== 'wp-config.php'))
    cpSync(join(WORDPRESS, file), join(www, file));
  for (const folder of ['wp-admin', 'wp-includes']) symlinkSync(join(WORDPRESS, folder), join(www, folder));
  const theme = 'wp-content/themes/twentytwentythree';
  symlinkSync(join(WORDPRESS, theme), join(www, theme));
  const define = (name, value) => `define(${JSON.stringify(name)}, ${JSON.stringify(value)});`;
  const settings = {
    DB_NAME: 'wordpress',
    DB_USER: 'wordpress',
    DB_PASSWORD: 'wordpress',
    DB_HOST: `localhost:${socket}`,
    DB_CHARSET: 'utf8mb4',
    DB_COLLATE: '',
    WP_HOME: home,
    WP_SITEURL: home,
    WP_CONTENT_URL: `${home}/wp-content`,
    DISABLE_WP_CRON: true,
    AUTOMATIC_UPDATER_DISABLED: true,
    ...constants,
  };
  writeFileSync(
    join(www, 'wp-config.php'),
    [
      '<?php',
      ...Object.entries(settings).map(([name, value]) => define(name, value)),
      "define('WP_CONTENT_DIR', __DIR__ . '/wp-content');",
      "$table_prefix = 'wp_';",
      "if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');",
      "require_once ABSPATH . 'wp-settings.php';",
    ].join('\n')
  );
  return www;
}

/** Apache with PHP in `dir`, serving `www` on 127.0.0.1:`port`, every path WordPress's. */
export async function startApache(dir, www, port) {
  const module = (name, file) => `LoadModule ${name}_module ${MODULES}/${file}`;
  const conf = join(dir, 'apache2.conf');
  writeFileSync(
    conf,
    `ServerRoot ${dir}
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${dir}/apache2.pid
DefaultRuntimeDir ${dir}
ErrorLog ${dir}/apache2-error.log
${['mpm_prefork', 'authz_core', 'dir', 'mime', 'rewrite'].map((m) => module(m, `mod_${m}.so`)).join('\n')}
${module('php', phpModule())}
${root ? 'User www-data\nGroup www-data' : ''}
StartServers 2
MinSpareServers 1
MaxSpareServers 4
TypesConfig /etc/mime.types
DocumentRoot ${www}
DirectoryIndex index.php
<Directory />
  Require all denied
</Directory>
<Directory ${www}>
  Options FollowSymLinks
  Require all granted
  RewriteEngine On
  RewriteRule ^index\\.php$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
<Directory ${WORDPRESS}>
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`
  );
  const log = [];
  start('apache2', ['-f', conf, '-DFOREGROUND'], log);
  await until(() => answers(port), 'Apache', log);
}
