package org.magnolianews.host.rendering;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.util.TimeZone;
import org.magnolianews.host.module.Resources;

/**
 * FreeMarker as Magnolia scripts expect it: square-bracket tags ({@code [#if]}, {@code [@cms.area /]}),
 * {@code ${…}} interpolations, and HTML output format, so every interpolated value is escaped unless
 * it is already markup (the sanitized rich text {@code cmsfn.decode} returns).
 */
final class FreemarkerSetup {

    static final Version VERSION = Configuration.VERSION_2_3_34;

    private FreemarkerSetup() {
    }

    static Configuration configuration(Resources resources, TimeZone timeZone) {
        Configuration configuration = new Configuration(VERSION);
        configuration.setTemplateLoader(new ResourcesTemplateLoader(resources));
        configuration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        configuration.setInterpolationSyntax(Configuration.DOLLAR_INTERPOLATION_SYNTAX);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setURLEscapingCharset("UTF-8");
        configuration.setTimeZone(timeZone);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setObjectWrapper(new SiteObjectWrapper(VERSION));
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return configuration;
    }
}
