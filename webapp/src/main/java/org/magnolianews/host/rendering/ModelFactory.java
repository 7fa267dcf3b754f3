package org.magnolianews.host.rendering;

import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.template.RenderableDefinition;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.jcr.Node;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionException;

/**
 * Creates a template's {@code modelClass} as Magnolia's renderer does: through a public constructor whose
 * parameters are any of {@code (javax.jcr.Node content, <RenderableDefinition type> definition,
 * RenderingModel<?> parent)} and components the host registers by type. An {@link Inject @Inject}
 * constructor is used if there is one, else the public constructor with the most parameters the factory can
 * fill. The caller then runs {@link RenderingModel#execute()}.
 *
 * <p>A {@code modelClass} that is not on the class path, is no {@link RenderingModel}, or has no such
 * constructor is a problem of the template definition: {@link DefinitionException} with the definition's
 * {@code file:line} of {@code modelClass}. What the factory worked out per definition is remembered.
 */
final class ModelFactory {

    private enum Argument { CONTENT, DEFINITION, PARENT, COMPONENT }

    private record Recipe(TemplateDefinitionView definition, Constructor<?> constructor, List<Argument> arguments,
                          List<Object> components) {
    }

    private final ClassLoader classLoader;
    private final Map<Class<?>, Object> components;
    private final Map<String, Object> recipes = new ConcurrentHashMap<>();

    /** {@code components}: what models may have injected, by the type their constructor names. */
    ModelFactory(ClassLoader classLoader, Map<Class<?>, Object> components) {
        this.classLoader = classLoader;
        this.components = Map.copyOf(components);
    }

    /**
     * The definition's model for {@code content}, not yet executed; empty when it names no {@code modelClass}.
     * Magnolia 6.2's docs say a template without a model class has no {@code model} ("its reference will be null");
     * the 5.0 renderer made a plain RenderingModelImpl instead. The host takes the stricter reading, so a template
     * that needs {@code model} must name a model class on either.
     */
    Optional<RenderingModel<?>> create(Definition definition, Node content, RenderingModel<?> parent) {
        Optional<String> modelClass = definition.string("modelClass");
        if (modelClass.isEmpty()) {
            return Optional.empty();
        }
        Object known = recipes.computeIfAbsent(definition.file() + "|" + definition.id() + "|" + modelClass.get(),
                key -> recipe(definition, modelClass.get()));
        if (known instanceof DefinitionException problem) {
            throw problem;
        }
        Recipe recipe = (Recipe) known;
        Object[] values = new Object[recipe.arguments().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (recipe.arguments().get(i)) {
                case CONTENT -> content;
                case DEFINITION -> recipe.definition();
                case PARENT -> parent;
                case COMPONENT -> recipe.components().get(i);
            };
        }
        try {
            return Optional.of((RenderingModel<?>) recipe.constructor().newInstance(values));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("model " + modelClass.get() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create model " + modelClass.get(), e);
        }
    }

    private Object recipe(Definition definition, String modelClass) {
        Class<?> type;
        try {
            type = Class.forName(modelClass, true, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            return problem(definition, "modelClass " + modelClass + " is not on the class path");
        }
        if (!RenderingModel.class.isAssignableFrom(type)) {
            return problem(definition, "modelClass " + modelClass + " is not a " + RenderingModel.class.getName()
                    + " (extend info.magnolia.rendering.model.RenderingModelImpl)");
        }
        if (Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
            return problem(definition, "modelClass " + modelClass + " must be a public, non-abstract class");
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        TemplateDefinitionView view = new TemplateDefinitionView(definition, (Class<? extends RenderingModel>) type);
        List<Constructor<?>> injected = Arrays.stream(type.getConstructors()).filter(c -> c.isAnnotationPresent(Inject.class)).toList();
        if (injected.size() > 1) {
            return problem(definition, "modelClass " + modelClass + " has more than one @Inject constructor");
        }
        List<Constructor<?>> candidates = new ArrayList<>(injected.isEmpty() ? Arrays.asList(type.getConstructors()) : injected);
        candidates.sort(Comparator.comparingInt((Constructor<?> c) -> c.getParameterCount()).reversed());
        List<String> refused = new ArrayList<>();
        for (Constructor<?> constructor : candidates) {
            List<Argument> arguments = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (Class<?> parameter : constructor.getParameterTypes()) {
                Object component = null;
                if (parameter == Node.class) {
                    arguments.add(Argument.CONTENT);
                } else if (RenderableDefinition.class.isAssignableFrom(parameter) && parameter.isInstance(view)) {
                    arguments.add(Argument.DEFINITION);
                } else if (parameter == RenderingModel.class) {
                    arguments.add(Argument.PARENT);
                } else if ((component = component(parameter)) != null) {
                    arguments.add(Argument.COMPONENT);
                } else {
                    unknown.add(parameter.getName());
                }
                values.add(component);
            }
            if (unknown.isEmpty()) {
                return new Recipe(view, constructor, List.copyOf(arguments), java.util.Collections.unmodifiableList(values));
            }
            refused.add(signature(constructor) + " (cannot provide " + String.join(", ", unknown) + ")");
        }
        return problem(definition, "modelClass " + modelClass + " has no constructor Magnolia can call: expected public "
                + type.getSimpleName() + "(javax.jcr.Node content, RenderableDefinition definition, RenderingModel<?> parent"
                + (components.isEmpty() ? "" : ", and any of " + components.keySet().stream().map(Class::getName).sorted()
                .collect(Collectors.joining(", ")))
                + "); found " + (refused.isEmpty() ? "no public constructor" : String.join("; ", refused)));
    }

    private Object component(Class<?> type) {
        Object exact = components.get(type);
        if (exact != null) {
            return exact;
        }
        return components.values().stream().filter(type::isInstance).findFirst().orElse(null);
    }

    private static String signature(Constructor<?> constructor) {
        return constructor.getDeclaringClass().getSimpleName() + "(" + Arrays.stream(constructor.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
    }

    private static DefinitionException problem(Definition definition, String message) {
        return new DefinitionException(definition.problem("modelClass", message));
    }
}
