package org.magnolianews.host.security;

import java.util.List;
import org.magnolianews.host.config.AddressRange;
import org.magnolianews.host.repository.ContentRepository;

/**
 * What every way into the host checks callers with, built once: one {@link Authenticator} with one
 * {@link LoginThrottle}, so the management API and the admincentral login share counts and policy
 * (issue 12), and one {@link ClientOrigin} for the trusted proxies.
 */
public record HostSecurity(Authenticator authenticator, ClientOrigin clients) {

    public static HostSecurity open(UserStore users, ContentRepository repository, List<AddressRange> trustedProxies,
                                    LoginObserver observer) {
        return new HostSecurity(new Authenticator(users, new ApiTokens(repository), LoginThrottle.standard(), observer),
                new ClientOrigin(trustedProxies));
    }
}
