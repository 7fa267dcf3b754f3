package org.magnolianews.host.author.apps;

import org.magnolianews.host.HostContext;
import org.magnolianews.host.author.schedule.PublishingScheduler;
import org.magnolianews.host.author.versions.PublishingActions;
import org.magnolianews.host.author.versions.VersionStore;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.Exchange;

/** What the content app screens share: the host's services and the author UI's own. */
public record AppServices(HostContext host, ContentApps apps, ListQuery lists, ReferenceLabels labels, ItemValues values,
                          FormRenderer forms, FormParser parser, VersionStore versions, PublishingActions publishing,
                          PublishingScheduler scheduler) {

    /** The app named by the request's {@code app} parameter. */
    public ContentApp app(Exchange x) {
        String name = x.required("app");
        return apps.find(name).orElseThrow(() -> AuthorProblem.notFound(x.t("error.noApp", name)));
    }

    /** The request's {@code path} parameter, checked to be a plain absolute JCR path. */
    public static String path(Exchange x) {
        return checkedPath(x, x.required("path"));
    }

    public static String checkedPath(Exchange x, String path) {
        if (!path.startsWith("/") || path.contains("//") || path.contains("..") || path.contains("[")
                || path.length() > 1000 || !path.matches("[\\p{L}\\p{N}/._:-]+")) {
            throw AuthorProblem.badRequest(x.t("error.badPath", path));
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
