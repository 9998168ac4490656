// The Debian packages `npm run test:wordpress` runs on, and which of them this machine lacks:
// `node scripts/wordpress/packages.js` prints those, one a line, for .ci/run to install (it
// imports nothing but Node's own modules, so it runs before `npm ci`).
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const WORDPRESS = '/usr/share/wordpress';
export const MODULES = '/usr/lib/apache2/modules';

/** Apache's PHP module (`libphp8.2.so` on Debian 12), if there is one. */
export const phpModule = () =>
  existsSync(MODULES) && readdirSync(MODULES).find((f) => /^libphp[\d.]*\.so$/.test(f));

const has = (file) => () => existsSync(file);

/** Each package, with how to tell it is installed. */
const packages = {
  wordpress: has(`${WORDPRESS}/wp-settings.php`),
  // WordPress 6.1's default theme.
  'wordpress-theme-twentytwentythree': has(`${WORDPRESS}/wp-content/themes/twentytwentythree/theme.json`),
  'mariadb-server': has('/usr/sbin/mariadbd'),
  apache2: has('/usr/sbin/apache2'),
  php: has('/usr/bin/php'),
  'libapache2-mod-php': () => Boolean(phpModule()),
  'php-mysql': () => spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0,
};

/** The packages this machine lacks. */
export const missingPackages = () => Object.keys(packages).filter((name) => !packages[name]());

if (process.argv[1] === fileURLToPath(import.meta.url))
  for (const name of missingPackages()) console.log(name);
