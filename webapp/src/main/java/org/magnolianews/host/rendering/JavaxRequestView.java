package org.magnolianews.host.rendering;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The host's Jetty 12 request ({@code jakarta.servlet}) as the {@code javax.servlet} request Magnolia 6.2's
 * {@code WebContext.getRequest()} returns. Every method whose signature uses only JDK types (headers,
 * parameters, URI, locale, attributes …) forwards to the method of the same name and parameters; the
 * others (session, servlet context, dispatchers, parts) would need the other servlet API's objects and throw
 * {@link UnsupportedOperationException} naming the method.
 */
final class JavaxRequestView {

    private JavaxRequestView() {
    }

    static javax.servlet.http.HttpServletRequest of(jakarta.servlet.http.HttpServletRequest request) {
        return (javax.servlet.http.HttpServletRequest) Proxy.newProxyInstance(JavaxRequestView.class.getClassLoader(),
                new Class<?>[] {javax.servlet.http.HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "javax view of " + request;
                        };
                    }
                    if (!onlyJdkTypes(method)) {
                        throw new UnsupportedOperationException("the host's request has no javax.servlet " + method.getName());
                    }
                    try {
                        return jakarta.servlet.http.HttpServletRequest.class
                                .getMethod(method.getName(), method.getParameterTypes()).invoke(request, args);
                    } catch (NoSuchMethodException e) {
                        throw new UnsupportedOperationException("the host's request has no " + method.getName(), e);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static boolean onlyJdkTypes(Method method) {
        if (!jdk(method.getReturnType())) {
            return false;
        }
        for (Class<?> type : method.getParameterTypes()) {
            if (!jdk(type)) {
                return false;
            }
        }
        return true;
    }

    private static boolean jdk(Class<?> type) {
        Class<?> base = type.isArray() ? type.getComponentType() : type;
        return base.isPrimitive() || base.getName().startsWith("java.");
    }
}
