package org.magnolianews.host.security;

/**
 * Told about password checks that did not let the caller in, from every way in (the audit trail listens).
 * A caller that opens a session reports its own success: an API call with Basic credentials is a check
 * per request, not a login.
 */
public interface LoginObserver {

    /** Nobody listens. */
    LoginObserver NONE = new LoginObserver() {
        @Override
        public void failed(String account, String address) {
        }

        @Override
        public void throttled(String account, String address) {
        }
    };

    /** A wrong password, or an unknown or disabled account. */
    void failed(String account, String address);

    /** Refused without checking the password: too many failures for the account or the address. */
    void throttled(String account, String address);
}
