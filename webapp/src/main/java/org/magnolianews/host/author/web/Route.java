package org.magnolianews.host.author.web;

/** One screen or action of the author UI. */
@FunctionalInterface
public interface Route {
    void handle(Exchange exchange) throws Exception;
}
