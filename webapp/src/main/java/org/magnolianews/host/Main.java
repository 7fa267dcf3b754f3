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
 * runs the host; {@code … generate --articles N …} fills an empty data directory with a synthetic dataset.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        try {
            if (!arguments.isEmpty() && arguments.get(0).equals("generate")) {
                GenerateCommand.run(arguments.subList(1, arguments.size()), System.getenv());
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
