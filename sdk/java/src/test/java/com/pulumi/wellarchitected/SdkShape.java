package com.pulumi.wellarchitected;

import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** The wire-level shape of SDK classes, read through their {@code @Import} and {@code @Export} annotations. */
final class SdkShape {

    private SdkShape() {}

    static Map<String, PackageSchema.Property> imports(Class<?> argsClass) {
        var result = new TreeMap<String, PackageSchema.Property>();
        for (Field field : argsClass.getDeclaredFields()) {
            var annotation = field.getAnnotation(Import.class);
            if (annotation != null) {
                var name = annotation.name();
                result.put(name, new PackageSchema.Property(name, outputType(field), annotation.required(), false, ""));
            }
        }
        return result;
    }

    static Map<String, PackageSchema.Property> exports(Class<?> resourceClass) {
        var result = new TreeMap<String, PackageSchema.Property>();
        for (Field field : resourceClass.getDeclaredFields()) {
            var annotation = field.getAnnotation(Export.class);
            if (annotation != null) {
                var name = annotation.name();
                result.put(name, new PackageSchema.Property(name, outputType(field), false, false, ""));
            }
        }
        return result;
    }

    static Import importOf(Class<?> argsClass, String name) {
        for (Field field : argsClass.getDeclaredFields()) {
            var annotation = field.getAnnotation(Import.class);
            if (annotation != null && annotation.name().equals(name)) {
                return annotation;
            }
        }
        throw new AssertionError(argsClass.getSimpleName() + " has no @Import(name=\"" + name + "\")");
    }

    /**
     * Lists every difference between the schema's properties and the SDK's, one readable line each, comparing
     * only what {@code aspect} extracts from a property.
     */
    static List<String> diff(
            Map<String, PackageSchema.Property> schema,
            Map<String, PackageSchema.Property> sdk,
            Function<PackageSchema.Property, Object> aspect) {
        var lines = new ArrayList<String>();
        var names = new TreeSet<String>(schema.keySet());
        names.addAll(sdk.keySet());
        for (var name : names) {
            var inSchema = schema.get(name);
            var inSdk = sdk.get(name);
            if (inSdk == null) {
                lines.add("'" + name + "' is in the schema but not in the SDK");
            } else if (inSchema == null) {
                lines.add("'" + name + "' is in the SDK but not in the schema");
            } else if (!aspect.apply(inSchema).equals(aspect.apply(inSdk))) {
                lines.add(
                        "'" + name + "': schema says " + aspect.apply(inSchema) + ", SDK says " + aspect.apply(inSdk));
            }
        }
        return lines;
    }

    private static String outputType(Field field) {
        var type = field.getGenericType();
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element.getSimpleName();
        }
        return type.getTypeName();
    }
}
