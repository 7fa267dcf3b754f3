package org.magnolianews.host.rendering;

import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import org.magnolianews.host.module.Resources;

/**
 * FreeMarker as Magnolia 6.2 sets it up for template scripts, so a script that would fail there fails here:
 * FreeMarker 2.3.32 (what Magnolia 6.2.44 ships; the parent pom pins it), the no-argument configuration's
 * incompatible improvements (2.3.0), tag syntax detected from the first tag ({@code [#if]} or {@code <#if>}),
 * {@code ${…}} interpolations, and no output format: nothing is auto-escaped and {@code ?no_esc} is an error.
 * Escaping is the content's business, as in Magnolia: the script's {@code content} arrives HTML-escaped
 * ({@link ContentMap}); everything else a script prints it escapes itself ({@code ?html}). Dates print in the JVM's
 * time zone unless a script sets one ({@code [#setting time_zone=…]}); booleans have no default format, so
 * {@code ${flag}} is an error. Failures are rethrown, stricter than Magnolia's public instance (which skips the
 * failing statement), so a broken script shows in tests.
 */
final class FreemarkerSetup {

    static final Version INCOMPATIBLE_IMPROVEMENTS = Configuration.VERSION_2_3_0;

    private FreemarkerSetup() {
    }

    static Configuration configuration(Resources resources) {
        Configuration configuration = new Configuration(INCOMPATIBLE_IMPROVEMENTS);
        configuration.setTemplateLoader(new ResourcesTemplateLoader(resources));
        configuration.setTagSyntax(Configuration.AUTO_DETECT_TAG_SYNTAX);
        configuration.setInterpolationSyntax(Configuration.DOLLAR_INTERPOLATION_SYNTAX);
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setURLEscapingCharset("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setObjectWrapper(new SiteObjectWrapper(INCOMPATIBLE_IMPROVEMENTS));
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return configuration;
    }
}
