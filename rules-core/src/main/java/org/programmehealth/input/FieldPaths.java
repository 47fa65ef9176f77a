package org.programmehealth.input;

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

import org.programmehealth.model.Assessment;
import org.programmehealth.model.Snapshot;

/**
 * The dotted paths of the assessment format ({@code section.field}), read off the model records
 * themselves so that there is no second list to keep in step. Works on the current assessment and
 * on history snapshots, which share the section records.
 *
 * <p>Each record accessor is bound once, on first use, to a {@link MethodHandle} typed
 * {@code (Object)Object} and called with {@code invokeExact}: no reflection on the per-assessment
 * path, and, unlike a {@code LambdaMetafactory} function per field, no class generated per field
 * (those were 266 classes at start-up, and in a 5,000-programme batch the JIT then spent 1.6 s of
 * C2 time compiling the JDK's class generator).
 */
public final class FieldPaths {

    /** The accessor of each record component, bound once for every path that reads it. */
    private static final ClassValue<Map<String, MethodHandle>> HANDLES = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> out = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                out.put(c.getName(), handle(c.getAccessor()));
            }
            return out;
        }
    };

    /**
     * How to read one field: from an assessment, and from a snapshot. Bound the first time it is
     * used, so that a tool that reads a few fields does not pay at start-up for binding them all.
     */
    public static final class Accessor {
        private final String path;
        private final Method field;
        private final Method snapshotSection;
        /** The section's place among the assessment's sections, and the field's among its section's: see {@link Answers}. */
        private final int sectionIndex;
        private final int fieldIndex;
        /** The field's place among all the format's fields, in the format's order: its bit in {@link #mask}. */
        private final int index;
        private volatile MethodHandle[] bound;

        Accessor(String path, Method field, Method snapshotSection, int sectionIndex, int fieldIndex,
                 int index) {
            this.index = index;
            this.path = path;
            this.field = field;
            this.snapshotSection = snapshotSection;
            this.sectionIndex = sectionIndex;
            this.fieldIndex = fieldIndex;
        }

        public String path() {
            return path;
        }

        boolean inSnapshots() {
            return snapshotSection != null;
        }

        private MethodHandle[] bound() {
            MethodHandle[] b = bound;
            if (b == null) {
                // a race binds twice, harmlessly: the handles are equivalent and immutable
                b = new MethodHandle[] {bind(field), snapshotSection == null ? null : bind(snapshotSection)};
                bound = b;
            }
            return b;
        }

        /** The section this field is in, read from the assessment ({@code null} if absent). */
        Object section(Assessment a) {
            return FieldPaths.section(a, sectionIndex);
        }

        /** The field read from its section, which must not be null. */
        Object of(Object section) {
            try {
                return (Object) bound()[0].invokeExact(section);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
        }

        /** The answer in the current assessment, or {@code null} if not given. */
        public Object in(Assessment a) {
            Object s = section(a);
            return s == null ? null : of(s);
        }

        /** The answer in an earlier snapshot, or {@code null} if not given. */
        public Object in(Snapshot snapshot) {
            MethodHandle[] b = bound();
            if (b[1] == null) {
                return null;
            }
            try {
                Object s = (Object) b[1].invokeExact((Object) snapshot);
                return s == null ? null : (Object) b[0].invokeExact(s);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
        }
    }

    /** The assessment's sections (its record components that are records), in the format's order. */
    private static final RecordComponent[] SECTIONS = sections();
    private static final Map<String, Accessor> ACCESSORS = build();

    /** The sections' names, in the order of {@link #SECTIONS} and of {@link #section}'s cases (checked as the class loads). */
    private static final String[] SECTION_NAMES = {"programme", "centre", "sponsorship", "timescales", "reporting", "scope",
        "locality", "partnership", "learning", "rollOut", "respondent"};

    static {
        String[] names = java.util.Arrays.stream(SECTIONS).map(RecordComponent::getName).toArray(String[]::new);
        if (!java.util.Arrays.equals(names, SECTION_NAMES)) {
            throw new IllegalStateException("FieldPaths.section reads " + java.util.Arrays.toString(SECTION_NAMES)
                    + " but the assessment's sections are " + java.util.Arrays.toString(names));
        }
    }

    private FieldPaths() {
    }

    /**
     * Section {@code s} of the assessment, in the order of {@link #SECTIONS} ({@code null} if absent):
     * a plain call, where a handle per section cost a call the JIT could not inline on every read.
     */
    static Object section(Assessment a, int s) {
        return switch (s) {
            case 0 -> a.programme();
            case 1 -> a.centre();
            case 2 -> a.sponsorship();
            case 3 -> a.timescales();
            case 4 -> a.reporting();
            case 5 -> a.scope();
            case 6 -> a.locality();
            case 7 -> a.partnership();
            case 8 -> a.learning();
            case 9 -> a.rollOut();
            case 10 -> a.respondent();
            default -> throw new IllegalArgumentException("no section " + s);
        };
    }

    private static Map<String, Accessor> build() {
        Map<String, Method> snapshotSections = new HashMap<>();
        for (RecordComponent c : Snapshot.class.getRecordComponents()) {
            snapshotSections.put(c.getName(), c.getAccessor());
        }
        Map<String, Accessor> out = new LinkedHashMap<>();
        int sectionIndex = 0;
        int index = 0;
        for (RecordComponent section : SECTIONS) {
            RecordComponent[] fields = section.getType().getRecordComponents();
            for (int f = 0; f < fields.length; f++) {
                String path = section.getName() + "." + fields[f].getName();
                out.put(path, new Accessor(path, fields[f].getAccessor(),
                        snapshotSections.get(section.getName()), sectionIndex, f, index++));
            }
            sectionIndex++;
        }
        return Collections.unmodifiableMap(out);
    }

    private static RecordComponent[] sections() {
        java.util.List<RecordComponent> out = new java.util.ArrayList<>();
        for (RecordComponent section : Assessment.class.getRecordComponents()) {
            if (section.getType().isRecord()) {
                out.add(section);
            }
        }
        return out.toArray(new RecordComponent[0]);
    }

    /**
     * The answers of one assessment, each read once, when first asked for: for the per-call work that
     * reads many answers of one assessment, many of them several times (which rules it can assess,
     * messages, evidence). Not thread-safe: one per call.
     *
     * <p>How a section is read depends on how many assessments this JVM has read. The first
     * {@value #WARM} read each answer as it is first asked for: one handle call for the answer (its
     * section is a plain call, {@link FieldPaths#section}). After that, each section is read at once
     * by one handle that collects all its fields: one call per section. Combining the handles costs about 60 ms the first time, so a
     * single report never pays for it, while a batch or a server soon earns it back.
     */
    public static final class Answers {
        /** How many assessments are read field by field before sections are read whole. */
        static final int WARM = 500;
        /** A field not read yet (a field read and not answered is {@code null}). */
        private static final Object UNREAD = new Object();
        private static final int[] FIELDS = java.util.Arrays.stream(SECTIONS)
                .mapToInt(c -> c.getType().getRecordComponents().length).toArray();
        /** Each section's first field ({@link #answered} reads sections through it), and its place among all fields. */
        private static final Accessor[] FIRST = new Accessor[SECTIONS.length];
        private static final int[] OFFSET = new int[SECTIONS.length];

        static {
            for (Accessor a : ACCESSORS.values()) {
                if (a.fieldIndex == 0) {
                    FIRST[a.sectionIndex] = a;
                    OFFSET[a.sectionIndex] = a.index;
                }
            }
        }

        private static final java.util.concurrent.atomic.AtomicInteger MADE = new java.util.concurrent.atomic.AtomicInteger();
        private static volatile boolean warm;

        private final Assessment assessment;
        private final boolean whole;
        /** Each section as read from the assessment (null: not read yet, or absent), and its fields as read. */
        private final Object[] sections = new Object[SECTIONS.length];
        private final Object[][] fields = new Object[SECTIONS.length][];
        /** Once sections are read whole: a bit for each field answered, every section read (see {@link #answeredAll}). */
        private long[] answered;

        public Answers(Assessment assessment) {
            this.assessment = assessment;
            this.whole = warm || warmed();
        }

        private static boolean warmed() {
            if (MADE.incrementAndGet() <= WARM) {
                return false;
            }
            warm = true;
            return true;
        }

        public Assessment assessment() {
            return assessment;
        }

        /** The answer in the assessment, or {@code null} if not given: as {@link Accessor#in(Assessment)}, read once. */
        public Object get(Accessor field) {
            int s = field.sectionIndex;
            Object[] values = fields[s];
            if (values == null) {
                values = read(s, field);
            }
            Object v = values[field.fieldIndex];
            if (v == UNREAD) {
                Object section = sections[s];
                v = values[field.fieldIndex] = section == null ? null : field.of(section);
            }
            return v;
        }

        /**
         * True if every field of the mask ({@link FieldPaths#mask}) is answered. False if one is not,
         * and also, before sections are read whole, whenever it would take reading fields one by one to
         * know: then ask {@link #get} field by field.
         */
        public boolean answeredAll(long[] mask) {
            if (!whole) {
                return false;
            }
            long[] given = answered;
            if (given == null) {
                given = answered = answered();
            }
            for (int i = 0; i < mask.length; i++) {
                if ((mask[i] & ~given[i]) != 0) {
                    return false;
                }
            }
            return true;
        }

        private long[] answered() {
            long[] given = new long[(ACCESSORS.size() + 63) / 64];
            for (int s = 0; s < SECTIONS.length; s++) {
                Object[] values = fields[s];
                if (values == null) {
                    values = read(s, FIRST[s]);
                }
                for (int f = 0; f < values.length; f++) {
                    if (values[f] != null) {
                        int bit = OFFSET[s] + f;
                        given[bit >>> 6] |= 1L << bit;
                    }
                }
            }
            return given;
        }

        /** Section {@code s} read from the assessment through {@code any} of its fields: whole, or each field marked not read yet. */
        private Object[] read(int s, Accessor any) {
            Object section = any.section(assessment);
            sections[s] = section;
            Object[] values;
            if (whole) {
                values = section == null ? new Object[FIELDS[s]] : SectionReaders.read(s, section);
            } else {
                values = new Object[FIELDS[s]];
                java.util.Arrays.fill(values, UNREAD);
            }
            fields[s] = values;
            return values;
        }
    }

    /**
     * For each section, one handle that reads all its fields at once, of type {@code (Object)Object[]};
     * combined when this class is first used (see {@link Answers}).
     */
    private static final class SectionReaders {
        private static final MethodHandle[] ALL = build();

        static Object[] read(int section, Object value) {
            try {
                return (Object[]) ALL[section].invokeExact(value);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + SECTIONS[section].getName(), e);
            }
        }

        private static MethodHandle[] build() {
            MethodHandle[] out = new MethodHandle[SECTIONS.length];
            for (int i = 0; i < SECTIONS.length; i++) {
                RecordComponent[] fields = SECTIONS[i].getType().getRecordComponents();
                MethodHandle[] readers = new MethodHandle[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    readers[f] = bind(fields[f].getAccessor());
                }
                // (Object)Object[]: the one argument passed to every field's reader, the results collected
                MethodHandle collect = MethodHandles.identity(Object[].class).asCollector(Object[].class, fields.length);
                out[i] = MethodHandles.permuteArguments(MethodHandles.filterArguments(collect, 0, readers),
                        MethodType.methodType(Object[].class, Object.class), new int[fields.length]);
            }
            return out;
        }
    }

    /** The record component accessor's handle, shared by every path through it. */
    private static MethodHandle bind(Method accessor) {
        return HANDLES.get(accessor.getDeclaringClass()).get(accessor.getName());
    }

    /** A public no-argument accessor as a handle of type {@code (Object)Object}, boxing a primitive. */
    private static MethodHandle handle(Method accessor) {
        try {
            return MethodHandles.publicLookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot bind " + accessor, e);
        }
    }

    /** Every field path of the format, in the order of the format. */
    public static Set<String> all() {
        return ACCESSORS.keySet();
    }

    /** The fields as a set of bits, for {@link Answers#answeredAll}. */
    public static long[] mask(Accessor[] fields) {
        long[] mask = new long[(ACCESSORS.size() + 63) / 64];
        for (Accessor f : fields) {
            mask[f.index >>> 6] |= 1L << f.index;
        }
        return mask;
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
