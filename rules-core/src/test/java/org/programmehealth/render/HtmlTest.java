package org.programmehealth.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupCharacters_becomeCharacterReferences() {
        assertThat(Html.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
    }

    @Test
    void controlCharacters_showAsSpaces_butLineBreaksAndTabsStay() {
        assertThat(Html.escape("a\u0000b\u0007c\nd\te\u007f")).isEqualTo("a b c\nd\te ");
    }

    @Test
    void noText_isTheEmptyString_andPlainTextIsUnchanged() {
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("Programme 7: année 2")).isEqualTo("Programme 7: année 2");
    }

    @Test
    void theHtmlReport_usesTheSharedEscaper() {
        String hostile = "<script>alert('x')</script> & \u0001";
        assertThat(HtmlRenderer.esc(hostile)).isEqualTo(Html.escape(hostile));
    }
}
