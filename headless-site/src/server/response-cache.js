// The site's cache of delivery answers. Each entry knows what it depends on, so a webhook for one
// published item drops exactly the answers that could show it: every list of its workspace, every
// answer that names its identifier (as an item, a resolved reference or a plain reference id), and
// every read of a node at or below a changed path. Nothing else is dropped.

export class ResponseCache {
  constructor({ maxEntries = 5000, maxAgeMs = 3600_000, now = () => Date.now() } = {}) {
    this.maxEntries = maxEntries;
    this.maxAgeMs = maxAgeMs;
    this.now = now;
    this.entries = new Map();
    // Bumped by every invalidation: an answer fetched while one ran is not stored (it may predate it).
    this.generation = 0;
  }

  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.maxAgeMs > 0 && this.now() - entry.storedAt > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Map order is insertion order: re-inserting keeps the most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores value unless an invalidation ran since `generation` was read. */
  set(key, value, { workspace, list, path, identifiers }, generation = this.generation) {
    if (this.maxAgeMs === 0 || generation !== this.generation) return false;
    this.entries.delete(key);
    this.entries.set(key, { value, workspace, list, path, identifiers: new Set(identifiers), storedAt: this.now() });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value);
    }
    return true;
  }

  /**
   * Drops what a change in `workspace` of the nodes `identifiers` at `paths` makes stale; without a
   * workspace (an event the site cannot place) everything. Returns the number of entries dropped.
   */
  invalidate({ workspace, identifiers = [], paths = [] }) {
    this.generation++;
    const ids = new Set(identifiers.map(normalizeId));
    let dropped = 0;
    for (const [key, entry] of this.entries) {
      if (!workspace || affected(entry, workspace, ids, paths)) {
        this.entries.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  get size() {
    return this.entries.size;
  }
}

function affected(entry, workspace, ids, paths) {
  for (const id of entry.identifiers) {
    if (ids.has(id)) return true;
  }
  if (entry.workspace !== workspace) return false;
  if (entry.list) return true;
  return entry.path !== undefined && paths.some(p => isAtOrBelow(entry.path, p) || isAtOrBelow(p, entry.path));
}

function isAtOrBelow(path, ancestor) {
  return path === ancestor || ancestor === '/' || path.startsWith(ancestor.endsWith('/') ? ancestor : ancestor + '/');
}

/** Asset references are "jcr:<uuid>"; nodes are "<uuid>": one form for both. */
export function normalizeId(id) {
  return String(id).replace(/^jcr:/, '').toLowerCase();
}
