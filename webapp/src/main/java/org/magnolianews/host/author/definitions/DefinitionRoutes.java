package org.magnolianews.host.author.definitions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.magnolianews.host.author.web.AdminTemplates;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionProblem;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;

/**
 * The Definitions screen for admins ({@code /definitions}), after Magnolia's Definitions app: every definition of
 * every module (type, id, module, origin and file) with its problems and their severity, filtered by type and to
 * the ones with problems ({@code ?type=templates&problems=true}). Read at each request, so a light module edited
 * on disk shows as it now is.
 */
public final class DefinitionRoutes {

    private final DefinitionRegistry registry;
    private final AdminTemplates templates;

    public DefinitionRoutes(DefinitionRegistry registry, AdminTemplates templates) {
        this.registry = registry;
        this.templates = templates;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.DEFINITIONS, this::list);
    }

    private void list(Exchange x) throws Exception {
        Map<String, Object> model = new LinkedHashMap<>();
        List<String> types = Arrays.stream(DefinitionType.values()).map(DefinitionType::folder).toList();
        String type = x.param("type").orElse("");
        boolean withProblems = x.param("problems").map(Boolean::parseBoolean).orElse(false);
        model.put("types", types);
        model.put("type", type);
        model.put("withProblems", withProblems);
        model.put("severities", Arrays.stream(DefinitionProblem.Severity.values()).map(Enum::name).toList());
        if (!type.isEmpty() && !types.contains(type)) {
            model.put("error", x.t("definitions.badType", type, String.join(", ", types)));
            model.put("rows", List.of());
            x.page(400, x.t("definitions.title"), templates.render(x, "definitions.ftlh", model));
            return;
        }
        List<DefinitionRegistry.Entry> entries = registry.entries();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DefinitionProblem.Severity severity : DefinitionProblem.Severity.values()) {
            counts.put(severity.name(), entries.stream().flatMap(e -> e.problems().stream()).filter(p -> p.severity() == severity).count());
        }
        model.put("counts", counts);
        model.put("total", entries.size());
        model.put("rows", entries.stream()
                .filter(e -> type.isEmpty() || e.definition().type().folder().equals(type))
                .filter(e -> !withProblems || !e.problems().isEmpty())
                .map(DefinitionRoutes::row).toList());
        x.page(200, x.t("definitions.title"), templates.render(x, "definitions.ftlh", model));
    }

    private static Map<String, Object> row(DefinitionRegistry.Entry entry) {
        Definition definition = entry.definition();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", definition.type().folder());
        row.put("id", definition.id());
        row.put("module", definition.module());
        row.put("origin", origin(definition.file()));
        row.put("file", definition.file());
        row.put("usable", entry.usable());
        row.put("worst", entry.worst().map(Enum::name).orElse(""));
        row.put("problems", entry.problems().stream().map(p -> Map.of("severity", p.severity().name(),
                "line", p.line(), "message", p.message())).toList());
        return row;
    }

    /** Magnolia's origins: a module jar or class folder ("classpath"), or a light-modules directory ("file"). */
    private static String origin(String file) {
        return Optional.of(file).filter(f -> f.startsWith("classpath:")).map(f -> "classpath").orElse("file");
    }
}
