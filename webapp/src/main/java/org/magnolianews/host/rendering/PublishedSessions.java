package org.magnolianews.host.rendering;

import org.magnolianews.host.cache.LiveQueryIndex;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.LiveSessionPool;

/**
 * Where renderings of published content get their sessions: live sessions reused across renderings (a Jackrabbit
 * login and logout cost a cache miss more than its list queries now do), recording what is read, with list queries
 * answered from the kept live states ({@link LiveQueryIndex}) where it can.
 */
final class PublishedSessions {

    private final ContentRepository repository;
    private final LiveSessionPool pool;
    private final LiveQueryIndex index;

    PublishedSessions(ContentRepository repository, LiveQueryIndex index) {
        this.repository = repository;
        this.pool = new LiveSessionPool(repository);
        this.index = index;
    }

    /** The sessions of one rendering; close them when it is done. */
    SiteSessions open() {
        return SiteSessions.published(repository, pool, index);
    }

    ContentRepository repository() {
        return repository;
    }
}
