package org.magnolianews.host.author.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.security.ClientOrigin;

/** The route list is the whole story only if every route in it has a handler (issue 12). */
class AdmincentralServletTest {

    private final AdmincentralServlet servlet = new AdmincentralServlet(null, null, null, new ClientOrigin(List.of()));

    @Test
    void aRouteWithoutAHandlerStopsTheStartNamingIt() {
        for (AuthorRoute route : AuthorRoute.values()) {
            if (route != AuthorRoute.USER_PASSWORD) {
                servlet.handle(route, x -> { });
            }
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, servlet::requireEveryRouteHandled);
        assertTrue(e.getMessage().contains("USER_PASSWORD"), e.getMessage());
        servlet.handle(AuthorRoute.USER_PASSWORD, x -> { });
        assertDoesNotThrow(servlet::requireEveryRouteHandled);
    }

    @Test
    void aRouteCannotBeBoundTwice() {
        servlet.handle(AuthorRoute.LOGIN, x -> { });
        assertThrows(IllegalStateException.class, () -> servlet.handle(AuthorRoute.LOGIN, x -> { }));
    }
}
