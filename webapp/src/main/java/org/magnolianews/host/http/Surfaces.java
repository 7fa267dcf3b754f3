package org.magnolianews.host.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The surfaces of the host, the longest prefix first, so {@code /.rest/delivery/} wins over {@code /}.
 * Everything under {@code /.rest/} that no feature claims (health, OpenAPI) is an API with JSON errors;
 * a path nobody claims gets API headers and JSON errors, or a plain page when the client asked for HTML.
 */
public final class Surfaces {

    static final Surface REST = new Surface("/.rest/", SecurityHeaders.DATA, ErrorPage.JSON);

    private final List<Surface> surfaces;

    private Surfaces(List<Surface> surfaces) {
        List<Surface> sorted = new ArrayList<>(surfaces);
        sorted.add(REST);
        sorted.sort(Comparator.comparingInt((Surface s) -> s.prefix().length()).reversed());
        this.surfaces = List.copyOf(sorted);
    }

    public static Surfaces of(List<? extends WebFeature> features) {
        List<Surface> all = new ArrayList<>();
        for (WebFeature feature : features) {
            all.addAll(feature.surfaces());
        }
        return new Surfaces(all);
    }

    /** The surface a path belongs to; {@code null} or an unparsable path counts as unclaimed. */
    public Surface of(String path, boolean asksForHtml) {
        if (path != null) {
            for (Surface surface : surfaces) {
                if (surface.covers(path)) {
                    return surface;
                }
            }
        }
        return new Surface("/", SecurityHeaders.DATA, asksForHtml ? ErrorPage.PLAIN_HTML : ErrorPage.JSON);
    }
}
