package org.magnolianews.host.content;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Announces content changes to subscribers synchronously, before the write that caused them
 * returns: a cache that drops entries here never serves stale content after a publish call returns.
 */
public final class ContentEvents {

    private final List<Consumer<ContentEvent>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<ContentEvent> listener) {
        listeners.add(listener);
    }

    public void fire(ContentEvent event) {
        for (Consumer<ContentEvent> listener : listeners) {
            listener.accept(event);
        }
    }
}
