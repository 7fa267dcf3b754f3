package org.magnolianews.news.rendering;

import info.magnolia.context.MgnlContext;
import info.magnolia.context.WebContext;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.news.jcr.Items;

/**
 * The {@code ?page=N} of a paged list (latest news, search results) and the editor's page size, for the models
 * that page: one reading of the parameter, and one answer for a number that is no page of the list (404 through
 * the web context's response, as a Magnolia model answers it, never an empty "page 999", a soft 404).
 */
public final class Paging {

    private Paging() {
    }

    /** The page asked for, 1 when none or not a number, at most {@code maxPage}. */
    public static int requested(int maxPage) {
        try {
            String parameter = MgnlContext.getParameter("page");
            int page = Integer.parseInt(parameter == null || parameter.isBlank() ? "1" : parameter.strip());
            return Math.max(1, Math.min(maxPage, page));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Whether a page parameter was given that names no page: not a whole number from 1, or past {@code maxPage}. */
    public static boolean requestedIsNoPage(int maxPage) {
        String parameter = MgnlContext.getParameter("page");
        return parameter != null && !parameter.isBlank()
                && (!parameter.strip().matches("[1-9][0-9]{0,8}") || requested(maxPage) != Integer.parseInt(parameter.strip()));
    }

    /** The component's {@code pageSize}, {@code fallback} when unset or not a number, within 1 and {@code max}. */
    public static int pageSize(Node content, int fallback, int max) throws RepositoryException {
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(Items.single(content, "pageSize").orElse("" + fallback).strip())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Answers the request 404 (the host, or Magnolia, then serves the site's not-found page). */
    public static void answerNotFound() {
        WebContext web = MgnlContext.getWebContextOrNull();
        if (web != null && web.getResponse() != null) {
            try {
                web.getResponse().sendError(404);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
