package org.magnolianews.news.publication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.rendering.ModelContext;

/**
 * Model of the book promo: the publication {@link PromoChoice} picks for this page, and its release
 * status for the reader ({@link ReleaseStatus}) as of the context's clock. On a publication page the
 * promo shows the page's own publication.
 */
public final class BookPromoModel {

    private final ModelContext context;
    private Optional<Node> publication;

    public BookPromoModel(ModelContext context) {
        this.context = context;
    }

    public Node getPublication() throws RepositoryException {
        return publication().orElse(null);
    }

    public List<ReleaseLine> getReleases() throws RepositoryException {
        Optional<Node> chosen = publication();
        if (chosen.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(context.clock());
        return ReleaseStatus.describe(releases(chosen.get(), context.clock().getZone()), today, context.readerCountry());
    }

    private Optional<Node> publication() throws RepositoryException {
        if (publication == null) {
            Optional<Node> item = context.mainItem();
            if (item.isPresent() && item.get().isNodeType(PromoChoice.NODE_TYPE)) {
                publication = item;
            } else {
                List<String> subjects = new ArrayList<>();
                if (item.isPresent()) {
                    subjects.addAll(item.get().isNodeType("news:subject")
                            ? List.of(item.get().getIdentifier()) : Items.strings(item.get(), "subjects"));
                }
                publication = new PromoChoice(context.sessions().session("publications"))
                        .choose(Items.single(context.content(), "publication"), subjects);
            }
        }
        return publication;
    }

    static List<Release> releases(Node publication, ZoneId zone) throws RepositoryException {
        List<Release> releases = new ArrayList<>();
        for (NodeIterator it = publication.getNodes("releases*"); it.hasNext(); ) {
            Node release = it.nextNode();
            Optional<String> country = Items.single(release, "country");
            if (country.isPresent()) {
                releases.add(new Release(country.get(), Items.single(release, "status").orElse(""),
                        Items.date(release, "date").map(d -> d.atZone(zone).toLocalDate())));
            }
        }
        return releases;
    }
}
