// The headless news site: `NEWS_HOST=http://localhost:8080 npm start`. Pages are rendered on the server
// with React from the host's delivery endpoints; see the README.
import { readConfig, ConfigError } from './server/config.js';
import { createSite } from './server/site-server.js';

let config;
try {
  config = readConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
const site = await createSite(config);
site.server.listen(config.port, config.bindAddress, () => {
  const { port } = site.server.address();
  // The integration tests read this line for the port (PORT=0 picks a free one).
  console.log('headless site listening on http://' + config.bindAddress + ':' + port + ' for ' + config.host);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => site.server.close(() => process.exit(0)));
}
