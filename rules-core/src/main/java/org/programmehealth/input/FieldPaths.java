package org.programmehealth.input;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.programmehealth.model.Assessment;
import org.programmehealth.model.Snapshot;

/**
 * The dotted paths of the assessment format ({@code section.field}), read off the model records
 * themselves so that there is no second list to keep in step. Works on the current assessment and
 * on history snapshots, which share the section records.
 *
 * <p>Each record accessor is bound once, on first use, to a plain {@link Function} (via
 * {@link LambdaMetafactory}), so reading an answer on the per-assessment path costs two ordinary
 * calls, no reflection.
 */
public final class FieldPaths {

    /**
     * How to read one field: from an assessment, and from a snapshot. Bound to plain functions the
     * first time it is used, so that a tool that reads a few fields does not pay at start-up for
     * binding them all.
     */
    public static final class Accessor {
        private final String path;
        private final Method section;
        private final Method field;
        private final Method snapshotSection;
        private volatile Function<Object, Object>[] bound;

        Accessor(String path, Method section, Method field, Method snapshotSection) {
            this.path = path;
            this.section = section;
            this.field = field;
            this.snapshotSection = snapshotSection;
        }

        public String path() {
            return path;
        }

        boolean inSnapshots() {
            return snapshotSection != null;
        }

        @SuppressWarnings("unchecked")
        private Function<Object, Object>[] bound() {
            Function<Object, Object>[] b = bound;
            if (b == null) {
                // a race binds twice, harmlessly: the functions are equivalent and immutable
                b = new Function[] {function(section), function(field), snapshotSection == null ? null : function(snapshotSection)};
                bound = b;
            }
            return b;
        }

        /** The answer in the current assessment, or {@code null} if not given. */
        public Object in(Assessment a) {
            Function<Object, Object>[] b = bound();
            Object s = b[0].apply(a);
            return s == null ? null : b[1].apply(s);
        }

        /** The answer in an earlier snapshot, or {@code null} if not given. */
        public Object in(Snapshot snapshot) {
            Function<Object, Object>[] b = bound();
            if (b[2] == null) {
                return null;
            }
            Object s = b[2].apply(snapshot);
            return s == null ? null : b[1].apply(s);
        }
    }

    private static final Map<String, Accessor> ACCESSORS = build();

    private FieldPaths() {
    }

    private static Map<String, Accessor> build() {
        Map<String, Method> snapshotSections = new HashMap<>();
        for (RecordComponent c : Snapshot.class.getRecordComponents()) {
            snapshotSections.put(c.getName(), c.getAccessor());
        }
        Map<String, Accessor> out = new LinkedHashMap<>();
        for (RecordComponent section : Assessment.class.getRecordComponents()) {
            if (!section.getType().isRecord()) {
                continue;
            }
            for (RecordComponent field : section.getType().getRecordComponents()) {
                String path = section.getName() + "." + field.getName();
                out.put(path, new Accessor(path, section.getAccessor(), field.getAccessor(), snapshotSections.get(section.getName())));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Binds a public no-argument accessor to a {@code Function}, as a lambda would: no reflection when called. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> function(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle target = lookup.unreflect(accessor);
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), target,
                    MethodType.methodType(accessor.getReturnType().isPrimitive()
                            ? MethodType.methodType(accessor.getReturnType()).wrap().returnType()
                            : accessor.getReturnType(), accessor.getDeclaringClass()));
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot bind " + accessor, e);
        }
    }

    /** Every field path of the format, in the order of the format. */
    public static Set<String> all() {
        return ACCESSORS.keySet();
    }

    public static boolean isField(String path) {
        return ACCESSORS.containsKey(path);
    }

    /** True if the path names a field that history snapshots can carry (every section but {@code programme}). */
    public static boolean inSnapshots(String path) {
        Accessor a = ACCESSORS.get(path);
        return a != null && a.inSnapshots();
    }

    /** The bound reader of a field path. */
    public static Accessor accessor(String path) {
        Accessor a = ACCESSORS.get(path);
        if (a == null) {
            throw new IllegalArgumentException("not a field of the assessment format: " + path);
        }
        return a;
    }

    /** The answer at {@code path} in the current assessment, or {@code null} if it was not given. */
    public static Object value(Assessment assessment, String path) {
        return accessor(path).in(assessment);
    }

    /** The answer at {@code path} in an earlier snapshot, or {@code null} if it was not given. */
    public static Object value(Snapshot snapshot, String path) {
        return accessor(path).in(snapshot);
    }

    /** The answer at {@code extensions.name}, or a format field. */
    public static Object valueOrExtension(Assessment assessment, String path) {
        if (path.startsWith("extensions.")) {
            return assessment.extensions().get(path.substring("extensions.".length()));
        }
        return value(assessment, path);
    }
}
