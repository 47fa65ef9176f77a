package org.programmehealth.input;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.programmehealth.model.Assessment;

/**
 * Binds the tree of an assessment that passed every check to the model's records, giving what
 * Jackson's {@code treeToValue} gives for it, without Jackson's token stream over the tree and its
 * bean deserializers (the records from the tree were a tenth of reading, assessing and writing a
 * report). It takes each answer only in the form the format allows: a whole number that fits an
 * {@code int} for an {@code Integer}, any number that Jackson reads exactly as a {@code double} for a
 * {@code Double}, a boolean, a string, a date written {@code YYYY-MM-DD}, a choice by its name, an
 * object for a section, an array for a list, and an empty object for {@code extensions}. Anything else
 * (an answer of another form, a field it does not know, extensions with answers in them, a record's
 * constructor refusing its values) makes it give up, and the caller asks Jackson, so that whatever
 * Jackson would do with such a tree, it still does. {@code TreeBinderTest} compares the two on every
 * shipped assessment and case; {@code PropertiesTest} on random ones. Thread-safe.
 */
final class TreeBinder {

    /** What a record component holds, and so how its answer is read. */
    private enum Kind { INTEGER, DOUBLE, BOOLEAN, STRING, DATE, CHOICE, RECORD, RECORDS, STRINGS, MAP }

    /** The answer could not be bound here: Jackson reads the whole tree instead. */
    private static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;
        private static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    /** How one record type is built: its components by name, what each holds, and its canonical constructor. */
    private record Binding(Map<String, Integer> index, Kind[] kinds, Class<?>[] types, Map<String, Object>[] choices,
                           Constructor<?> constructor) {

        static Binding of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return null;
            }
            Map<String, Integer> index = new HashMap<>();
            Kind[] kinds = new Kind[components.length];
            Class<?>[] types = new Class<?>[components.length];
            @SuppressWarnings("unchecked")
            Map<String, Object>[] choices = new Map[components.length];
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                parameters[i] = c.getType();
                index.put(c.getName(), i);
                Kind kind = kind(c.getType(), c.getGenericType());
                if (kind == null) {
                    return null;
                }
                kinds[i] = kind;
                types[i] = kind == Kind.RECORDS ? (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0]
                        : c.getType();
                if (kind == Kind.CHOICE) {
                    Map<String, Object> byName = new HashMap<>();
                    for (Object constant : c.getType().getEnumConstants()) {
                        byName.put(((Enum<?>) constant).name(), constant);
                    }
                    choices[i] = byName;
                }
            }
            try {
                return new Binding(index, kinds, types, choices, type.getDeclaredConstructor(parameters));
            } catch (NoSuchMethodException e) {
                return null;
            }
        }

        private static Kind kind(Class<?> type, Type generic) {
            if (type == Integer.class) {
                return Kind.INTEGER;
            }
            if (type == Double.class) {
                return Kind.DOUBLE;
            }
            if (type == Boolean.class) {
                return Kind.BOOLEAN;
            }
            if (type == String.class) {
                return Kind.STRING;
            }
            if (type == LocalDate.class) {
                return Kind.DATE;
            }
            if (type.isEnum()) {
                return Kind.CHOICE;
            }
            if (type.isRecord()) {
                return Kind.RECORD;
            }
            if (type == Map.class) {
                return Kind.MAP;
            }
            if (type == List.class && generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> e) {
                return e == String.class ? Kind.STRINGS : e.isRecord() ? Kind.RECORDS : null;
            }
            return null;
        }
    }

    private static final ClassValue<Binding> BINDINGS = new ClassValue<>() {
        @Override
        protected Binding computeValue(Class<?> type) {
            return Binding.of(type);
        }
    };

    private TreeBinder() {
    }

    /** The assessment the tree holds, or {@code null} where Jackson must read it (see the class's description). */
    static Assessment assessment(JsonNode tree) {
        try {
            return (Assessment) record(Assessment.class, tree);
        } catch (GiveUp e) {
            return null;
        }
    }

    private static Object record(Class<?> type, JsonNode node) throws GiveUp {
        Binding b = BINDINGS.get(type);
        if (b == null || !node.isObject()) {
            throw GiveUp.INSTANCE;
        }
        Object[] values = new Object[b.kinds().length];
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Integer i = b.index().get(field.getKey());
            if (i == null) {
                throw GiveUp.INSTANCE;
            }
            values[i] = value(b, i, field.getValue());
        }
        try {
            return b.constructor().newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException | IllegalArgumentException e) {
            throw GiveUp.INSTANCE;
        }
    }

    private static Object value(Binding b, int i, JsonNode n) throws GiveUp {
        if (n.isNull()) {
            return null;
        }
        switch (b.kinds()[i]) {
            case INTEGER:
                if (n.isInt()) {
                    return n.intValue();
                }
                break;
            case DOUBLE:
                if (n.isInt() || n.isDouble()) {
                    return n.doubleValue();
                }
                break;
            case BOOLEAN:
                if (n.isBoolean()) {
                    return n.booleanValue();
                }
                break;
            case STRING:
                if (n.isTextual()) {
                    return n.textValue();
                }
                break;
            case DATE:
                if (n.isTextual() && n.textValue().length() == 10) {
                    try {
                        return LocalDate.parse(n.textValue());
                    } catch (DateTimeParseException e) {
                        throw GiveUp.INSTANCE;
                    }
                }
                break;
            case CHOICE:
                if (n.isTextual()) {
                    Object choice = b.choices()[i].get(n.textValue());
                    if (choice != null) {
                        return choice;
                    }
                }
                break;
            case RECORD:
                return record(b.types()[i], n);
            case RECORDS:
                if (n.isArray()) {
                    List<Object> out = new ArrayList<>(n.size());
                    for (JsonNode element : n) {
                        out.add(record(b.types()[i], element));
                    }
                    return out;
                }
                break;
            case STRINGS:
                if (n.isArray()) {
                    List<Object> out = new ArrayList<>(n.size());
                    for (JsonNode element : n) {
                        if (!element.isTextual()) {
                            throw GiveUp.INSTANCE;
                        }
                        out.add(element.textValue());
                    }
                    return out;
                }
                break;
            case MAP:
                if (n.isObject() && n.isEmpty()) {
                    return new LinkedHashMap<>();
                }
                break;
            default:
                break;
        }
        throw GiveUp.INSTANCE;
    }
}
