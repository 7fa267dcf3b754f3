package org.magnolianews.host.rendering;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.magnolianews.news.rendering.ModelContext;

/**
 * Instantiates a template's {@code modelClass}: a public class with a public constructor taking a
 * {@link ModelContext}, loaded from the modules' class path. Constructors are looked up once.
 */
final class ModelFactory {

    private final ClassLoader classLoader;
    private final Map<String, Constructor<?>> constructors = new ConcurrentHashMap<>();

    ModelFactory(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    Object create(String modelClass, ModelContext context) {
        Constructor<?> constructor = constructors.computeIfAbsent(modelClass, this::constructor);
        try {
            return constructor.newInstance(context);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("model " + modelClass + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create model " + modelClass, e);
        }
    }

    private Constructor<?> constructor(String modelClass) {
        try {
            return Class.forName(modelClass, true, classLoader).getConstructor(ModelContext.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("modelClass " + modelClass + " is not on the class path", e);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("modelClass " + modelClass + " has no public constructor taking a ModelContext", e);
        }
    }
}
