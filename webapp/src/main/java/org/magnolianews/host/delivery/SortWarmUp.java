package org.magnolianews.host.delivery;

import java.util.List;
import javax.jcr.Session;
import javax.jcr.query.Query;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.news.jcr.XPathQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first date-sorted query after start makes Lucene load the sort values of every document
 * (48 s for 100k news items, measured), which would land on the first visitor. This runs one
 * "latest" query per endpoint and date property in the background at start instead.
 */
final class SortWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(SortWarmUp.class);

    private SortWarmUp() {
    }

    static void start(ContentRepository repository, DefinitionRegistry registry, List<EndpointDefinition> endpoints) {
        Thread thread = new Thread(() -> {
            for (EndpointDefinition endpoint : endpoints) {
                List<String> dates = registry.contentTypeOfWorkspace(endpoint.workspace()).stream()
                        .flatMap(ct -> ct.properties().stream()).filter(p -> p.type().equals("Date"))
                        .map(ContentTypeDefinition.PropertyDefinition::name).toList();
                for (String date : dates) {
                    warm(repository, endpoint, date);
                }
            }
        }, "delivery-sort-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void warm(ContentRepository repository, EndpointDefinition endpoint, String dateProperty) {
        long started = System.nanoTime();
        try {
            Session session = repository.login(WorkspaceLayout.live(endpoint.workspace()));
            try {
                @SuppressWarnings("deprecation")
                Query query = session.getWorkspace().getQueryManager().createQuery(
                        XPathQueries.items(endpoint.nodeTypes().get(0), null, "@" + dateProperty + " descending"), Query.XPATH);
                query.setLimit(1);
                query.execute().getNodes().hasNext();
            } finally {
                // A host that stops meanwhile has already closed the session with the repository.
                if (session.isLive()) {
                    session.logout();
                }
            }
            LOG.info("Warmed the {} order of /.rest/{} in {} ms", dateProperty, endpoint.path(), (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            // Best effort: the host may be stopping; the first real query then pays the cost.
            LOG.debug("Sort warm-up of /.rest/{} skipped: {}", endpoint.path(), e.toString());
        }
    }
}
