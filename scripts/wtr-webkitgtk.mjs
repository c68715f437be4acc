// WebKitGTK MiniBrowser via Debian's WebKitWebDriver (apt: webkit2gtk-driver xvfb)
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { MINIBROWSER_PATH } from './browsers.mjs';

const freePort = () =>
  new Promise(res => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: {} });
    this.children = [];
  }

  async initialize(config, testFiles) {
    const env = { ...process.env };
    if (!env.DISPLAY) {
      // MiniBrowser (GTK) has no --headless: start a private Xvfb
      const x = spawn(
        'Xvfb',
        ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      this.children.push(x);
      env.DISPLAY =
        ':' +
        String(
          await new Promise((res, rej) => {
            x.on('error', rej);
            x.stdout.once('data', res);
          }),
        ).trim();
    }
    const port = await freePort();
    this.children.push(spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' }));
    for (let i = 0; i < 150; i++) {
      // wait up to 15 s for the driver
      try {
        if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
      } catch {}
      await new Promise(r => setTimeout(r, 100));
    }
    this.options = {
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true, // wdio 9 otherwise sends webSocketUrl:true -> "Failed to match capabilities"
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER_PATH,
          args: ['--automation'],
        },
      },
    };
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.children.reverse().forEach(c => c.kill());
      this.children = [];
    }
  }
}

export const webkitGtkLauncher = () => new WebKitGtkLauncher();
