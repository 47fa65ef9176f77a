package org.programmehealth.report;

import java.util.List;

/** A rule that could not be assessed because answers it needs are missing: never counted as passing. */
public record NotAssessed(String ruleId, String sign, List<String> missing) {
    public NotAssessed {
        missing = List.copyOf(missing);
    }
}
