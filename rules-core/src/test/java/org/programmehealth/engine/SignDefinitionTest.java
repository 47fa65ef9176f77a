package org.programmehealth.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.programmehealth.ProgrammeHealthException;
import org.programmehealth.report.Theme;

/** A sign's prose is said once, in its folder's sign.json; a rule of the folder says only what is its own. */
class SignDefinitionTest {

    private static final String SIGN = "{\"sign\":\"RUSHED_START\",\"kind\":\"WARNING\",\"theme\":\"MINDSETS\","
            + "\"section\":\"Relationships first\",\"page\":13,\"rationale\":\"Several months of relationship building came first.\","
            + "\"recommendation\":\"Spend the first months on relationships.\"}";

    private static final Map<String, Object> OWN = Map.of("severity", "MEDIUM", "title", "Started without relationships",
            "message", "Only {timescales.relationshipBuildingMonths} months.",
            "evidence", "timescales.relationshipBuildingMonths < 3");

    @Test
    void aRuleOfAFolderWithSignJson_takesTheSignsKeysFromIt_andItsIdFromItsName() {
        SignDefinition sign = SignDefinition.parse("rushed_start/sign.json", "rushed_start", SIGN);
        RuleDefinition r = RuleDefinition.parse("rushed-start/short", "test", OWN, sign);
        assertThat(r.id()).isEqualTo("rushed-start/short");
        assertThat(r.sign()).isEqualTo("RUSHED_START");
        assertThat(r.theme()).isEqualTo(Theme.MINDSETS);
        assertThat(r.source().page()).isEqualTo(13);
        assertThat(r.recommendation()).isEqualTo("Spend the first months on relationships.");
    }

    @Test
    void aRuleThatRepeatsItsSignsProse_orAnId_isRejected_namingWhatToDrop() {
        SignDefinition sign = SignDefinition.parse("rushed_start/sign.json", "rushed_start", SIGN);
        Map<String, Object> repeating = new java.util.HashMap<>(OWN);
        repeating.put("rationale", "Again.");
        repeating.put("id", "rushed-start/short");
        assertThatThrownBy(() -> RuleDefinition.parse("rushed-start/short", "test", repeating, sign))
                .isInstanceOf(ProgrammeHealthException.class)
                .hasMessageContaining("@rationale belongs to the sign").hasMessageContaining("@id is the rule name");
    }

    @Test
    void aSignJsonWithAMissingOrUnknownKey_orAnotherFoldersSign_isRejected() {
        assertThatThrownBy(() -> SignDefinition.parse("x/sign.json", "rushed_start",
                SIGN.replace("\"page\":13", "\"pages\":13")))
                .hasMessageContaining("unknown key 'pages'").hasMessageContaining("'page' must be a page number");
        assertThatThrownBy(() -> SignDefinition.parse("x/sign.json", "issue_creep", SIGN))
                .hasMessageContaining("must be the folder's name 'issue_creep'");
    }
}
