// @ts-check
// WebKit for the tests: Debian's WebKitGTK (package webkit2gtk-driver, roughly Safari 26's
// engine). `WebKitWebDriver` starts `MiniBrowser --automation` by itself; the GTK port has no
// headless mode, so it draws into an Xvfb display. The launcher starts both helpers when the
// run starts and stops them when it ends, so a run leaves no process behind.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {WebdriverLauncher} from '@web/test-runner-webdriver';

/** `WEBKIT_DRIVER_PATH` when set, else Debian's package. */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

const install = 'Install: apt-get install --no-install-recommends webkit2gtk-driver xvfb';

/** A free loopback port, for the driver. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * Starts Xvfb on a display it picks itself (`-displayfd` writes the number once it accepts
 * clients, so there is no race with another X server on the machine).
 * @returns {Promise<{process: import('node:child_process').ChildProcess, display: string}>}
 */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let errors = '';
    xvfb.stderr?.on('data', (chunk) => (errors += chunk));
    xvfb.once('error', (error) => reject(new Error(`Xvfb: ${error.message}. ${install}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.trim()}`)));
    /** @type {import('node:stream').Readable} */ (xvfb.stdio[3]).once('data', (chunk) =>
      resolve({process: xvfb, display: `:${String(chunk).trim()}`})
    );
  });
}

/** Resolves once the driver answers `/status`. */
async function driverReady(port, driver) {
  for (let tries = 0; tries < 200; tries++) {
    if (driver.exitCode !== null) throw new Error(`${webkitDriverPath} exited (${driver.exitCode})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${webkitDriverPath} did not start on port ${port}`);
}

class WebKitLauncher extends WebdriverLauncher {
  /** @type {import('node:child_process').ChildProcess[]} */
  #helpers = [];
  #dark;
  #kill = () => this.#helpers.forEach((helper) => helper.kill());

  /** @param {{dark: boolean}} options */
  constructor({dark}) {
    super({
      hostname: '127.0.0.1',
      port: 0, // chosen in initialize()
      capabilities: {
        browserName: 'MiniBrowser',
        // Without it webdriverio asks for a WebDriver BiDi session, which WebKitGTK refuses.
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.#dark = dark;
    this.name = dark ? 'WebKit (dark system)' : 'WebKit';
  }

  /** @param {import('@web/test-runner-core').TestRunnerCoreConfig} config */
  async initialize(config) {
    await super.initialize(config);
    this.name = this.#dark ? 'WebKit (dark system)' : 'WebKit';
    if (!existsSync(webkitDriverPath)) throw new Error(`No ${webkitDriverPath}. ${install}`);
    process.once('exit', this.#kill);
    const xvfb = await startXvfb();
    this.#helpers.push(xvfb.process);
    const port = await freePort();
    const env = {...process.env, DISPLAY: xvfb.display};
    // GTK's dark theme is what makes `prefers-color-scheme: dark` true in WebKitGTK: WebDriver
    // cannot emulate it.
    if (this.#dark) env.GTK_THEME = 'Adwaita:dark';
    const driver = spawn(webkitDriverPath, [`--port=${port}`], {env, stdio: 'ignore'});
    this.#helpers.push(driver);
    await driverReady(port, driver);
    // @ts-expect-error: the options are private to WebdriverLauncher; the port is only known now.
    this.options.port = port;
  }

  async stop() {
    await super.stop();
    this.#kill();
    process.off('exit', this.#kill);
  }
}

/**
 * WebKitGTK through WebDriver, with its own Xvfb and driver. `dark` gives the browser a dark
 * system colour scheme.
 */
export function webkitLauncher({dark = false} = {}) {
  return new WebKitLauncher({dark});
}
