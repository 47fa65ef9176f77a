package org.programmehealth.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Scores from 0 to 100, where 100 means no warning sign among the rules that could be assessed.
 * A theme none of whose rules could be assessed is {@code null}, never 100; {@code overall} is
 * the rounded mean of the themes that are not {@code null}, or {@code null} if none is.
 */
public record Score(Integer overall, Map<Theme, Integer> themes) {
    public Score {
        EnumMap<Theme, Integer> copy = new EnumMap<>(Theme.class);
        for (Theme t : Theme.values()) {
            copy.put(t, themes.get(t));
        }
        themes = Collections.unmodifiableMap(copy);
    }
}
