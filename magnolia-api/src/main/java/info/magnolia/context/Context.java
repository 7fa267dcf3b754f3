package info.magnolia.context;

import java.util.Locale;
import javax.jcr.LoginException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Magnolia's context of the current thread (a request, or the system): the user's locale, JCR sessions by
 * workspace name, and scoped attributes. Reached through {@link MgnlContext}.
 *
 * <p>Source: Magnolia CE {@code magnolia-core}, {@code info/magnolia/context/Context.java}
 * (ekirkilevics/Magnolia mirror). Only the members this project uses are declared; Magnolia's interface also
 * has the user, subject, access manager, messages, attribute maps and {@code release()}.
 */
public interface Context {

    int LOCAL_SCOPE = 1;
    int SESSION_SCOPE = 2;
    int APPLICATION_SCOPE = 3;

    Locale getLocale();

    void setLocale(Locale locale);

    /** The session of the context's user on a workspace; the context owns it (callers never log it out). */
    Session getJCRSession(String workspaceName) throws LoginException, RepositoryException;

    <T> T getAttribute(String name);

    <T> T getAttribute(String name, int scope);

    void setAttribute(String name, Object value, int scope);

    void removeAttribute(String name, int scope);
}
