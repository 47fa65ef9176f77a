package org.programmehealth.report;

import java.util.List;

/**
 * A rule that does not apply to this programme: it needs an answer that the respondent said does
 * not apply (listed in the assessment's {@code notApplicable}). It neither fires nor passes, costs
 * nothing and is left out of coverage. An addition to the report contract.
 *
 * @param notApplicable the rule's needed answers that were said not to apply, in the rule's order
 */
public record NotApplicable(String ruleId, String sign, List<String> notApplicable) {
    public NotApplicable {
        notApplicable = List.copyOf(notApplicable);
    }
}
