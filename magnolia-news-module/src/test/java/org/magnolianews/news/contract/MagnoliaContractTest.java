package org.magnolianews.news.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.magnolianews.news.rendering.PageItemModel;
import org.magnolianews.news.seo.PageSeoModel;

/**
 * The module's scripts and definitions use only what Magnolia offers, as {@code docs/magnolia-compatibility.md}
 * lists it with sources (see {@link MagnoliaContract}).
 */
class MagnoliaContractTest {

    static final Path MODULE = Path.of("src/main/resources/news-module");
    static final Path DOCS = Path.of("../docs/magnolia-compatibility.md");
    /** Macro libraries run inside the scripts that import them: the model they may read is their callers'. */
    static final Map<String, Class<?>> MACRO_MODELS = Map.of(
            "templates/macros/page.ftl", PageSeoModel.class,
            "templates/macros/item.ftl", PageItemModel.class,
            "templates/macros/site.ftl", Void.class);

    private final MagnoliaContract contract = new MagnoliaContract(
            documented("## Template objects and functions"), documented("## Definition classes and types"));

    @Test
    void everyScriptUsesOnlyMagnoliasObjectsAndItsOwnModel() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path script : files(".ftl")) {
            String relative = MODULE.relativize(script).toString().replace('\\', '/');
            Class<?> model = MACRO_MODELS.containsKey(relative) ? MACRO_MODELS.get(relative) : modelOf(relative);
            problems.addAll(contract.script("news-module/" + relative, read(script), model == Void.class ? null : model));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDefinitionNamesOnlyMagnoliasClassesAndTypesOrTheModulesOwn() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path definition : files(".yaml")) {
            problems.addAll(contract.definition("news-module/" + MODULE.relativize(definition), read(definition)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void scriptsThatWouldFailOnMagnoliaAreCaught() {
        assertEquals(List.of(
                "bad.ftl:2: state.item is not on the documented list of Magnolia's template objects and functions",
                "bad.ftl:3: cmsfn.absoluteLink is not on the documented list of Magnolia's template objects and functions",
                "bad.ftl:4: model.nothing is no getter or method of " + PageItemModel.class.getName()),
                contract.script("bad.ftl", "[#-- state.page in a comment is fine --]\n${state.item.title}\n"
                        + "${cmsfn.absoluteLink(content)}\n${model.nothing}${model.itemId!}\n", PageItemModel.class));
        List<String> noEsc = contract.script("json.ftl", "<script>${model.jsonLd?no_esc}</script>\n", PageSeoModel.class);
        assertEquals(1, noEsc.size(), noEsc.toString());
        assertTrue(noEsc.get(0).startsWith("json.ftl:1: FreeMarker 2.3.32 as Magnolia configures it cannot parse this"), noEsc.get(0));
        assertEquals(List.of("plain.ftl:1: model.items but the template names no modelClass (Magnolia gives it no model)"),
                contract.script("plain.ftl", "[#list model.items as x]${x}[/#list]", null));
    }

    @Test
    void definitionsNamingUnknownClassesAreCaught() {
        assertEquals(List.of(
                "bad.yaml:1: modelClass org.magnolianews.news.NoSuchModel is not a class of the module",
                "bad.yaml:2: $type selectField is not on the documented list of Magnolia's definition classes and types",
                "bad.yaml:3: modelClass org.magnolianews.news.seo.PlainText is no concrete RenderingModel"),
                contract.definition("bad.yaml", "modelClass: org.magnolianews.news.NoSuchModel\n"
                        + "form: {properties: {kind: {$type: selectField, label: Kind}}}\n"
                        + "modelClass: org.magnolianews.news.seo.PlainText\n"));
    }

    @Test
    void theDocumentedListsAreRead() {
        Set<String> names = documented("## Template objects and functions");
        assertTrue(names.contains("cmsfn.link") && names.contains("state.originalURI") && names.contains("[@cms.area]"), names.toString());
        assertFalse(names.contains("state.item"), "removed from the host, and not Magnolia's");
    }

    /** The template script's definition (same folder and name, .yaml) and the modelClass it names. */
    private static Class<?> modelOf(String script) throws IOException {
        Path definition = MODULE.resolve(script.replaceFirst("\\.ftl$", ".yaml"));
        if (!Files.exists(definition)) {
            return null;
        }
        Matcher modelClass = Pattern.compile("(?m)^modelClass:\\s*(\\S+)").matcher(read(definition));
        if (!modelClass.find()) {
            return null;
        }
        try {
            return Class.forName(modelClass.group(1));
        } catch (ClassNotFoundException e) {
            return null; // the definition check reports it
        }
    }

    /** The backticked names in the first column of the table under {@code heading} in the compatibility document. */
    private static Set<String> documented(String heading) {
        String document;
        try {
            document = Files.readString(DOCS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the documented Magnolia list is read from " + DOCS.toAbsolutePath(), e);
        }
        int start = document.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, DOCS + " has no section " + heading);
        int end = document.indexOf("\n## ", start + heading.length() + 2);
        String section = document.substring(start, end < 0 ? document.length() : end);
        Set<String> names = new LinkedHashSet<>();
        for (String row : section.split("\n")) {
            if (!row.startsWith("| ") || row.startsWith("| name") || row.startsWith("| class") || row.startsWith("|---")) {
                continue;
            }
            String firstCell = row.substring(2, row.indexOf(" |", 1));
            Matcher name = Pattern.compile("`([^`]+)`").matcher(firstCell);
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(MODULE)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

}
