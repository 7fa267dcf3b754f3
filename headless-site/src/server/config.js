// Settings of the headless site, from the environment (the README lists them).

const DEFAULT_PORT = 3000;

export class ConfigError extends Error {}

export function readConfig(env = process.env) {
  const host = (env.NEWS_HOST || '').trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(host)) {
    throw new ConfigError('NEWS_HOST must be the host\'s base URL, e.g. http://localhost:8080 (got "' + (env.NEWS_HOST || '') + '")');
  }
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT must be a port number 0-65535 (got "' + env.PORT + '")');
  }
  const languages = (env.NEWS_LANGUAGES || 'en ru').split(/[\s,]+/).filter(Boolean);
  if (languages.length === 0 || languages.some(l => !/^[a-z]{2}$/.test(l))) {
    throw new ConfigError('NEWS_LANGUAGES must be two-letter codes, the default first (got "' + env.NEWS_LANGUAGES + '")');
  }
  const cacheSeconds = env.NEWS_SITE_CACHE_SECONDS === undefined ? 3600 : Number(env.NEWS_SITE_CACHE_SECONDS);
  if (!Number.isFinite(cacheSeconds) || cacheSeconds < 0) {
    throw new ConfigError('NEWS_SITE_CACHE_SECONDS must be a number of seconds >= 0');
  }
  const editorOrigins = (env.NEWS_EDITOR_ORIGINS || new URL(host).origin).split(/[\s,]+/).filter(Boolean);
  for (const origin of editorOrigins) {
    if (!/^https?:\/\/[^/\s;']+$/.test(origin)) {
      throw new ConfigError('NEWS_EDITOR_ORIGINS must be origins like https://author.example.com (got "' + origin + '")');
    }
  }
  return {
    host,
    port,
    bindAddress: env.BIND_ADDRESS || '127.0.0.1',
    siteRoot: env.NEWS_SITE_ROOT || '/home',
    languages,
    timeZone: env.NEWS_TIME_ZONE || 'Europe/Moscow',
    // Without a secret the webhook receiver refuses every call: an unsigned purge is an open door.
    webhookSecret: env.NEWS_WEBHOOK_SECRET || '',
    cacheSeconds,
    // The page editor: the origins that may frame the site, and an API token (Bearer) of the author host for
    // the template annotations when the editor's request carries no credentials of its own.
    editorOrigins,
    editorToken: env.NEWS_EDITOR_TOKEN || '',
    cacheEntries: Number(env.NEWS_SITE_CACHE_ENTRIES || 5000),
  };
}
