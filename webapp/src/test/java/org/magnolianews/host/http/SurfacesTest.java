package org.magnolianews.host.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.junit.jupiter.api.Test;

class SurfacesTest {

    private static final ErrorPage SITE_PAGE = (path, status, message) -> new ErrorPage.Body("text/html", new byte[0]);
    private static final Surface SITE = new Surface("/", SecurityHeaders.SITE, SITE_PAGE);
    private static final Surface SITEMAP = new Surface("/sitemap.xml", SecurityHeaders.DATA, SITE_PAGE);
    private static final Surface ADMIN = new Surface("/.magnolia/admincentral", SecurityHeaders.ADMIN, SITE_PAGE);

    private static final Surfaces SURFACES = Surfaces.of(List.of(feature(SITE, SITEMAP), feature(ADMIN)));

    private static WebFeature feature(Surface... surfaces) {
        return new WebFeature() {
            @Override
            public void register(ServletContextHandler context) {
            }

            @Override
            public List<Surface> surfaces() {
                return List.of(surfaces);
            }
        };
    }

    @Test
    void theLongestPrefixWins() {
        assertSame(SITEMAP, SURFACES.of("/sitemap.xml", false));
        assertSame(SITEMAP, SURFACES.of("/sitemap.xml/x", false));
        assertSame(SITE, SURFACES.of("/sitemap.xmlx", false), "a prefix without a slash covers the path and below it, not longer names");
        assertSame(ADMIN, SURFACES.of("/.magnolia/admincentral", false));
        assertSame(ADMIN, SURFACES.of("/.magnolia/admincentral/login", false));
        assertSame(SITE, SURFACES.of("/.magnolia/admincentralx", false));
        assertSame(SITE, SURFACES.of("/news.html", true));
    }

    @Test
    void restIsTheHostsOwnApiSurface() {
        Surface rest = SURFACES.of("/.rest/health", true);
        assertSame(ErrorPage.JSON, rest.errorPage(), "JSON errors even for a browser");
        assertEquals(SecurityHeaders.DATA, rest.headers());
    }

    @Test
    void aPathNobodyClaimsAnswersJsonUnlessTheClientAsksForHtml() {
        Surfaces none = Surfaces.of(List.of());
        assertSame(ErrorPage.JSON, none.of("/x", false).errorPage());
        assertSame(ErrorPage.PLAIN_HTML, none.of("/x", true).errorPage());
        assertSame(ErrorPage.JSON, SURFACES.of(null, false).errorPage(), "an unparsable URI has no path");
        assertEquals(SecurityHeaders.DATA, none.of(null, true).headers());
    }
}
