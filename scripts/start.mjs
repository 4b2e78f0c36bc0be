// Serves the demo on a free port and prints where.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(Number(process.env.PORT) || 0, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const port = await freePort();
await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nspasm-widgets demo: http://localhost:${port}/demo/`);
console.log(`kiosk demo:         http://localhost:${port}/demo/kiosk.html`);
console.log('Press Ctrl+C to stop.');
