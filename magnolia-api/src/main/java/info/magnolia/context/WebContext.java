package info.magnolia.context;

import info.magnolia.cms.core.AggregationState;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The {@link Context} of a web request: its aggregation state, parameters, context path and the request.
 *
 * <p>Source: Magnolia CE {@code magnolia-core}, {@code info/magnolia/context/WebContext.java}
 * (ekirkilevics/Magnolia mirror). Magnolia 6.2/6.3 use {@code javax.servlet}. Only the members this
 * project uses are declared; Magnolia's interface also has {@code init},
 * {@code getServletContext}, {@code include}, {@code push}/{@code pop}, the posted form and page context.
 */
public interface WebContext extends Context {

    AggregationState getAggregationState();

    String getParameter(String name);

    String[] getParameterValues(String name);

    /** First value of each request parameter. */
    Map<String, String> getParameters();

    String getContextPath();

    HttpServletRequest getRequest();

    /** The response being rendered: what a model uses to answer, say, 404 for a page that does not exist. */
    HttpServletResponse getResponse();
}
