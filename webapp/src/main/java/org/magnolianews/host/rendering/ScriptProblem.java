package org.magnolianews.host.rendering;

import freemarker.template.TemplateException;

/**
 * A script that failed, said as its author needs it: the script's file and line, and FreeMarker's description
 * (an unknown function, a missing value …), without a stack trace. A script error is the module's mistake, not
 * the host's, so the log line points at the script.
 */
final class ScriptProblem {

    private ScriptProblem() {
    }

    static String describe(TemplateException e) {
        String file = e.getTemplateSourceName() == null ? "?" : e.getTemplateSourceName();
        String line = e.getLineNumber() == null ? "" : ":" + e.getLineNumber();
        String description = e.getMessageWithoutStackTop();
        int tip = description.indexOf("\n----");
        return file + line + ": " + (tip < 0 ? description : description.substring(0, tip)).strip().replace('\n', ' ');
    }
}
