package org.magnolianews.news.contract;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import info.magnolia.rendering.model.RenderingModel;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the module's scripts and definitions against what Magnolia offers, as documented (with sources) in
 * {@code docs/magnolia-compatibility.md}: the template objects and functions a script may use, the classes and
 * types a definition may name, FreeMarker 2.3.32 as Magnolia configures it, and the model a script reads.
 * Each problem names the file and line.
 */
final class MagnoliaContract {

    private static final Pattern COMMENT = Pattern.compile("\\[#--.*?--]|<#--.*?-->", Pattern.DOTALL);
    private static final Pattern OBJECT_USE = Pattern.compile("(?<![\\w.])(cmsfn|damfn|state|ctx|i18n|def)\\.([A-Za-z_]\\w*)|\\[@cms\\.(\\w+)");
    private static final Pattern MODEL_USE = Pattern.compile("(?<![\\w.])model\\.([A-Za-z_]\\w*)");
    private static final Pattern DEFINITION_TYPE = Pattern.compile(
            "(?:^|[\\s{,])(class|modelClass|\\$type|converterClass|implementationClass|factoryClass):\\s*['\"]?([^'\"\\s,}#]+)");

    private final Set<String> templateNames;
    private final Set<String> definitionTypes;

    MagnoliaContract(Set<String> templateNames, Set<String> definitionTypes) {
        this.templateNames = templateNames;
        this.definitionTypes = definitionTypes;
    }

    /** FreeMarker as Magnolia 6.2 sets it up: 2.3.0 incompatible improvements, detected tag syntax, no output format. */
    static Configuration magnoliaFreemarker() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_0);
        configuration.setTagSyntax(Configuration.AUTO_DETECT_TAG_SYNTAX);
        return configuration;
    }

    /** Problems of one script; {@code model} is the class its definition names as {@code modelClass}, or null. */
    List<String> script(String file, String source, Class<?> model) {
        List<String> problems = new ArrayList<>();
        if (!Configuration.getVersion().toString().startsWith("2.3.32")) {
            problems.add(file + ": checked with FreeMarker " + Configuration.getVersion() + ", not Magnolia 6.2's 2.3.32");
        }
        try {
            new Template(file, new StringReader(source), magnoliaFreemarker());
        } catch (ParseException e) {
            problems.add(file + ":" + e.getLineNumber() + ": FreeMarker 2.3.32 as Magnolia configures it cannot parse this: "
                    + e.getEditorMessage());
        } catch (IOException e) {
            problems.add(file + ": " + e);
        }
        String code = blankComments(source);
        Matcher use = OBJECT_USE.matcher(code);
        while (use.find()) {
            String name = use.group(3) != null ? "[@cms." + use.group(3) + "]" : use.group(1) + "." + use.group(2);
            if (!templateNames.contains(name)) {
                problems.add(file + ":" + line(code, use.start()) + ": " + name
                        + " is not on the documented list of Magnolia's template objects and functions");
            }
        }
        Matcher modelUse = MODEL_USE.matcher(code);
        while (modelUse.find()) {
            String member = modelUse.group(1);
            if (model == null) {
                problems.add(file + ":" + line(code, modelUse.start()) + ": model." + member
                        + " but the template names no modelClass (Magnolia gives it no model)");
            } else if (!hasMember(model, member)) {
                problems.add(file + ":" + line(code, modelUse.start()) + ": model." + member + " is no getter or method of "
                        + model.getName());
            }
        }
        return problems;
    }

    /** Problems of one definition file: every class or type it names must be Magnolia's (documented) or the module's. */
    List<String> definition(String file, String yaml) {
        List<String> problems = new ArrayList<>();
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("(^|\\s)#.*$", "");
            Matcher type = DEFINITION_TYPE.matcher(line);
            while (type.find()) {
                String key = type.group(1);
                String value = type.group(2);
                if (value.startsWith("org.magnolianews.")) {
                    moduleClass(file + ":" + (i + 1), key, value).ifPresent(problems::add);
                } else if (!definitionTypes.contains(value)) {
                    problems.add(file + ":" + (i + 1) + ": " + key + " " + value
                            + " is not on the documented list of Magnolia's definition classes and types");
                }
            }
        }
        return problems;
    }

    private static java.util.Optional<String> moduleClass(String where, String key, String name) {
        Class<?> type;
        try {
            type = Class.forName(name);
        } catch (ClassNotFoundException e) {
            return java.util.Optional.of(where + ": " + key + " " + name + " is not a class of the module");
        }
        if (key.equals("modelClass")) {
            if (!RenderingModel.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
                return java.util.Optional.of(where + ": modelClass " + name + " is no concrete RenderingModel");
            }
            boolean magnoliaConstructor = Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() >= 3
                    && c.getParameterTypes()[0] == javax.jcr.Node.class
                    && c.getParameterTypes()[2] == RenderingModel.class);
            if (!magnoliaConstructor) {
                return java.util.Optional.of(where + ": modelClass " + name
                        + " has no public constructor (Node, <definition>, RenderingModel, …) for Magnolia to call");
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean hasMember(Class<?> type, String member) {
        String capitalized = Character.toUpperCase(member.charAt(0)) + member.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getName().equals("get" + capitalized) && method.getParameterCount() == 0
                    || method.getName().equals("is" + capitalized) && method.getParameterCount() == 0
                    && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)
                    || method.getName().equals(member)) {
                return true;
            }
        }
        return false;
    }

    /** The source with comments blanked out, keeping line breaks so lines still count. */
    private static String blankComments(String source) {
        Matcher comment = COMMENT.matcher(source);
        StringBuilder out = new StringBuilder();
        while (comment.find()) {
            comment.appendReplacement(out, Matcher.quoteReplacement(comment.group().replaceAll("[^\n]", " ")));
        }
        comment.appendTail(out);
        return out.toString();
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
