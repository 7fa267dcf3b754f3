package org.magnolianews.host.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Health for load balancers and orchestrators (issue 11):
 * <ul>
 *   <li>{@code GET /.rest/health/live}: the process answers (restart it when this fails);</li>
 *   <li>{@code GET /.rest/health/ready}: started, not shutting down, and the repository answers a read
 *       and, on a cluster node, it has applied the cluster journal (send it traffic only while this is 200);
 *       the failing check is named in a 503;</li>
 *   <li>{@code GET /.rest/health}: the same as ready, in the shape it always had ({@code {"status":"UP"}}).</li>
 * </ul>
 */
public final class HealthServlet extends HttpServlet {

    private final BooleanSupplier started;
    private final Supplier<String> repositoryProblem;
    private final java.util.Optional<Supplier<String>> journalProblem;

    /** @param repositoryProblem null when the repository answers, else what went wrong */
    public HealthServlet(BooleanSupplier started, Supplier<String> repositoryProblem) {
        this(started, repositoryProblem, java.util.Optional.empty());
    }

    /**
     * On a cluster node ready also needs the cluster journal caught up: a node that has not applied what others
     * published would serve old content.
     *
     * @param journalProblem null when this node has applied the journal, else how far behind it is or why it cannot read it
     */
    public HealthServlet(BooleanSupplier started, Supplier<String> repositoryProblem, java.util.Optional<Supplier<String>> journalProblem) {
        this.started = started;
        this.repositoryProblem = repositoryProblem;
        this.journalProblem = journalProblem;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String which = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (which) {
            case "/live" -> Json.write(response, 200, Map.of("status", "UP"));
            case "", "/" -> ready(response, false);
            case "/ready" -> ready(response, true);
            default -> Json.error(response, 404, "notFound", "health checks are /.rest/health, /live and /ready");
        }
    }

    private void ready(HttpServletResponse response, boolean withChecks) throws IOException {
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean up = started.getAsBoolean();
        checks.put("started", up ? "UP" : "DOWN: starting or shutting down");
        String problem = up ? repositoryProblem.get() : null;
        if (up) {
            checks.put("repository", problem == null ? "UP" : "DOWN: " + problem);
        }
        if (up && problem == null && journalProblem.isPresent()) {
            problem = journalProblem.get().get();
            checks.put("clusterJournal", problem == null ? "UP" : "DOWN: " + problem);
        }
        boolean ready = up && problem == null;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "UP" : "DOWN");
        if (withChecks) {
            body.put("checks", checks);
        }
        Json.write(response, ready ? 200 : 503, body);
    }
}
