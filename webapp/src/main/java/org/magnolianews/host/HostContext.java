package org.magnolianews.host;

import java.util.List;
import org.magnolianews.host.audit.AuditLog;
import org.magnolianews.host.audit.LoginAudit;
import org.magnolianews.host.config.HostSettings;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.content.ContentEvents;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.metrics.HostMetrics;
import org.magnolianews.host.module.InstalledModule;
import org.magnolianews.host.module.Resources;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.security.UserStore;

/**
 * The host's services, built once at start and handed to each web feature.
 *
 * @param audit  the audit trail (content changes record themselves through the events)
 * @param logins where logins are recorded in it
 * @param metrics the host's metrics (Micrometer, Prometheus format)
 */
public record HostContext(HostSettings settings, List<InstalledModule> modules, Resources resources,
                          DefinitionRegistry definitions, ContentRepository repository, Languages languages,
                          ContentEvents events, ContentService content, AssetStore assets, UserStore users,
                          AuditLog audit, LoginAudit logins, HostMetrics metrics) {
}
