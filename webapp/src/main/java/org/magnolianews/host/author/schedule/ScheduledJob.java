package org.magnolianews.host.author.schedule;

import java.util.Calendar;

/** A publish or unpublish to carry out at a time. {@code failure} holds why a run failed, if one did. */
public record ScheduledJob(String id, String action, String workspace, String identifier, String path, Calendar at,
                           String user, String failure) {

    public static final String PUBLISH = "publish";
    public static final String UNPUBLISH = "unpublish";
}
