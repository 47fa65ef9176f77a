package org.programmehealth.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.programmehealth.model.Assessment;
import org.programmehealth.model.Snapshot;

/**
 * The dotted paths of the assessment format ({@code section.field}), read off the model records
 * themselves so that there is no second list to keep in step. Works on the current assessment and
 * on history snapshots, which share the section records.
 */
public final class FieldPaths {

    private record Accessor(Method section, Method field, Method snapshotSection) {
    }

    private static final Map<String, Accessor> ACCESSORS = build();

    private FieldPaths() {
    }

    private static Map<String, Accessor> build() {
        Map<String, Method> snapshotSections = new LinkedHashMap<>();
        for (RecordComponent c : Snapshot.class.getRecordComponents()) {
            snapshotSections.put(c.getName(), c.getAccessor());
        }
        Map<String, Accessor> out = new LinkedHashMap<>();
        for (RecordComponent section : Assessment.class.getRecordComponents()) {
            if (!section.getType().isRecord()) {
                continue;
            }
            for (RecordComponent field : section.getType().getRecordComponents()) {
                out.put(section.getName() + "." + field.getName(),
                        new Accessor(section.getAccessor(), field.getAccessor(), snapshotSections.get(section.getName())));
            }
        }
        return Collections.unmodifiableMap(out);
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
        return a != null && a.snapshotSection() != null;
    }

    /** The answer at {@code path} in the current assessment, or {@code null} if it was not given. */
    public static Object value(Assessment assessment, String path) {
        Accessor a = accessor(path);
        return read(a.field(), read(a.section(), assessment));
    }

    /** The answer at {@code path} in an earlier snapshot, or {@code null} if it was not given. */
    public static Object value(Snapshot snapshot, String path) {
        Accessor a = accessor(path);
        if (a.snapshotSection() == null) {
            return null;
        }
        return read(a.field(), read(a.snapshotSection(), snapshot));
    }

    /** The answer at {@code extensions.name}, or a format field. */
    public static Object valueOrExtension(Assessment assessment, String path) {
        if (path.startsWith("extensions.")) {
            return assessment.extensions().get(path.substring("extensions.".length()));
        }
        return value(assessment, path);
    }

    private static Accessor accessor(String path) {
        Accessor a = ACCESSORS.get(path);
        if (a == null) {
            throw new IllegalArgumentException("not a field of the assessment format: " + path);
        }
        return a;
    }

    private static Object read(Method accessor, Object target) {
        if (target == null) {
            return null;
        }
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
