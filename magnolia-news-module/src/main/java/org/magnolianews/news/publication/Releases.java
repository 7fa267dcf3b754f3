package org.magnolianews.news.publication;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.news.jcr.Items;

/** A publication's release entries ({@code releases0}, {@code releases1} … child nodes) read as {@link Release}s. */
public final class Releases {

    private Releases() {
    }

    /** The publication's releases as stored (country, planned status, date in the site's zone). */
    public static List<Release> of(Node publication, ZoneId zone) throws RepositoryException {
        List<Release> releases = new ArrayList<>();
        for (Node release : Items.children(publication, "releases")) {
            Optional<String> country = Items.single(release, "country");
            if (country.isPresent()) {
                releases.add(new Release(country.get(), Items.single(release, "status").orElse(""),
                        Items.date(release, "date").map(d -> d.atZone(zone).toLocalDate())));
            }
        }
        return releases;
    }
}
