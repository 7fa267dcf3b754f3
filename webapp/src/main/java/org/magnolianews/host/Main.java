package org.magnolianews.host;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.magnolianews.host.config.HostSettings;
import org.magnolianews.host.config.SettingsException;
import org.magnolianews.host.definition.DefinitionException;
import org.magnolianews.host.generate.GenerateCommand;
import org.magnolianews.host.module.ModuleException;

/**
 * {@code java -jar magnolia-news-webapp.jar [--port 8080] [--data-dir ./data] [--light-modules DIR]}
 * runs the host; {@code … generate --articles N …} fills an empty data directory with a synthetic dataset;
 * {@code … reset-password --user NAME} gives a user a new password; {@code --help} prints the usage.
 */
public final class Main {

    static final String USAGE = """
            Usage:
              java -jar magnolia-news.jar [options]            run the host
              java -jar magnolia-news.jar generate [options]   fill an empty data directory with a synthetic dataset
              java -jar magnolia-news.jar reset-password --user NAME [--data-dir DIR]
                                                              give a user a new password (host stopped), printed once
              java -jar magnolia-news.jar merge-search-index [--data-dir DIR]
                                                              one search index per live workspace (host stopped)
              java -XX:ArchiveClassesAtExit=F -jar magnolia-news.jar training-run
                                                              start on scratch sample content, read each kind of page,
                                                              stop: writes the class archive F for -XX:SharedArchiveFile

            Options of the host (flag, or environment variable):
              --port N                 NEWS_PORT               port to listen on (default 8080; 0: any free port)
              --data-dir DIR           NEWS_DATA_DIR           repository and data (default ./data)
              --light-modules DIR      NEWS_LIGHT_MODULES      light modules to load beside the jar's modules
              --repository-config F    NEWS_REPOSITORY_CONFIG  another Jackrabbit repository.xml
              --repository h2|postgresql NEWS_REPOSITORY     h2 (embedded, default) or a cluster node on PostgreSQL:
                --pg-url URL           NEWS_PG_URL             jdbc:postgresql://host:5432/database, shared by all nodes
                --pg-user NAME         NEWS_PG_USER            (password: NEWS_PG_PASSWORD)
                --cluster-id ID        NEWS_CLUSTER_ID         unique per node, the same across its restarts
                --cluster-sync-ms N    NEWS_CLUSTER_SYNC_MS    how often the node reads other nodes' changes (500)
              --role author|public|both NEWS_ROLE              what the node serves (default both); see docs/deployment.md
              --trusted-proxies LIST   NEWS_TRUSTED_PROXIES    proxies whose X-Forwarded-For/-Proto are believed
              --purge-urls URLS        NEWS_PURGE_URLS         shared caches (Varnish, CDN) sent a PURGE by surrogate key per publish
              --webhook-max-attempts N NEWS_WEBHOOK_MAX_ATTEMPTS tries of a webhook call before it is given up (10)
              --webhook-retry-ms N     NEWS_WEBHOOK_RETRY_MS   wait before the 2nd try, doubled after each (1000)
              --webhook-timeout-ms N   NEWS_WEBHOOK_TIMEOUT_MS how long one try waits for an answer (10000)
                                       NEWS_WEBHOOK_SECRET_<NAME>, NEWS_WEBHOOK_SECRET  signing secrets; docs/webhooks.md
              --no-sample-content                              do not load the sample content into an empty repository
                                       NEWS_ADMIN_PASSWORD     the superuser's password on the first start
                                       NEWS_DELIVERY_MAX_AGE, NEWS_DELIVERY_CACHE_MB   delivery caching
                                       NEWS_CORS_ALLOWED_ORIGINS (…_PATHS, _METHODS, _HEADERS)  CORS, off by default
                                       NEWS_METRICS_PORT, NEWS_METRICS_HOST   Prometheus metrics, off by default

            Options of generate: --articles N --subjects N --publications N --seed N --data-dir DIR
            """;

    private Main() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        try {
            if (arguments.contains("--help") || arguments.contains("-h")) {
                System.out.print(USAGE);
                return;
            }
            if (!arguments.isEmpty() && arguments.get(0).equals("generate")) {
                GenerateCommand.run(arguments.subList(1, arguments.size()), System.getenv());
                return;
            }
            if (!arguments.isEmpty() && arguments.get(0).equals("merge-search-index")) {
                MergeSearchIndexCommand.run(arguments.subList(1, arguments.size()), System.getenv());
                return;
            }
            if (!arguments.isEmpty() && arguments.get(0).equals("training-run")) {
                TrainingRunCommand.run(arguments.subList(1, arguments.size()));
                return;
            }
            if (!arguments.isEmpty() && arguments.get(0).equals("reset-password")) {
                ResetPasswordCommand.run(arguments.subList(1, arguments.size()), System.getenv());
                return;
            }
            serve(HostSettings.from(arguments, System.getenv()));
        } catch (SettingsException | ModuleException | DefinitionException e) {
            System.err.println("magnolia-news: cannot start:\n" + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("magnolia-news: cannot start: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void serve(HostSettings settings) throws Exception {
        NewsHost host = NewsHost.start(settings);
        host.generatedPassword().ifPresent(password -> System.out.println(
                "\nFirst start: the superuser password is " + password
                        + "\nIt is shown only this once and stored only as a hash. Set NEWS_ADMIN_PASSWORD to choose it.\n"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.println("Magnolia News is running at http://localhost:" + host.port() + "/");
        stopped.await();
    }
}
