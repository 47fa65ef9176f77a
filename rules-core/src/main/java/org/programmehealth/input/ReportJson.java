package org.programmehealth.input;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;

import org.programmehealth.model.Respondent;
import org.programmehealth.report.AnswerChange;
import org.programmehealth.report.CatalogueInfo;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Evidence;
import org.programmehealth.report.NotApplicable;
import org.programmehealth.report.NotAssessed;
import org.programmehealth.report.ProgrammeRef;
import org.programmehealth.report.Report;
import org.programmehealth.report.Score;
import org.programmehealth.report.SeenBy;
import org.programmehealth.report.Source;
import org.programmehealth.report.Strength;
import org.programmehealth.report.Tailoring;
import org.programmehealth.report.Theme;

/**
 * A report's JSON text, written straight into one array of characters: the same characters as
 * Jackson's bean serializer writes with the mix-ins of {@link Json} (pretty: two-space indent, LF,
 * {@code "name" : value}, {@code [ ]} and <code>{ }</code> when empty; compact: no spaces). It writes
 * the parts every report has: the report itself, its catalogue, programme and score, diagnostics,
 * strengths, evidence, what would clear a diagnostic, rules not assessed and not applicable, and who
 * answered and who sees what when several people did. Writing those through Jackson's generator was
 * a third of reading, assessing and writing a report: each name and value went through its pretty
 * printer, its write context and its buffer checks.
 * <p>Whatever else a report may hold (tailoring, waivers, how respondents' answers differ, an answer
 * that is not a string, a whole or finite number, a boolean, a date or an enum constant) is written by
 * Jackson on its own and put in place. Jackson's pretty text of a value at the top level is the same
 * as at any depth with each line end followed by that depth's indent, since a string never holds a
 * raw line end (it is written {@code \n}). {@code ReportJsonTest} compares this writer with Jackson's
 * bean serializer on every shipped assessment, every case of the fixture catalogue and reports with
 * every optional part, pretty and compact. Not thread-safe: one instance writes one report.
 */
final class ReportJson {

    /** Jackson's escapes for the first 128 characters: 0 none, -1 {@code \}{@code u00XX}, else {@code \} and that character. */
    private static final int[] ESCAPES = new int[128];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = -1;
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\f'] = 'f';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
    }

    /** The report's field names, quoted. */
    private static final Name ASSESSED_ON = new Name("assessedOn");
    private static final Name CATALOGUE = new Name("catalogue");
    private static final Name CONDITION = new Name("condition");
    private static final Name COVERAGE = new Name("coverage");
    private static final Name DIAGNOSTICS = new Name("diagnostics");
    private static final Name DIFFERENCES = new Name("differences");
    private static final Name EVIDENCE = new Name("evidence");
    private static final Name FIELD = new Name("field");
    private static final Name FINGERPRINT = new Name("fingerprint");
    private static final Name FROM = new Name("from");
    private static final Name ID = new Name("id");
    private static final Name IF_UNANSWERED_FINE = new Name("ifUnansweredFine");
    private static final Name IF_UNANSWERED_FIRE = new Name("ifUnansweredFire");
    private static final Name MESSAGE = new Name("message");
    private static final Name MISSING = new Name("missing");
    private static final Name NAME = new Name("name");
    private static final Name NOT_APPLICABLE = new Name("notApplicable");
    private static final Name NOT_ASSESSED = new Name("notAssessed");
    private static final Name NOT_SEEN_BY = new Name("notSeenBy");
    private static final Name OVERALL = new Name("overall");
    private static final Name PAGE = new Name("page");
    private static final Name PENALTY = new Name("penalty");
    private static final Name PERSPECTIVE = new Name("perspective");
    private static final Name PROGRAMME = new Name("programme");
    private static final Name RANGE = new Name("range");
    private static final Name RECOMMENDATION = new Name("recommendation");
    private static final Name REPORT_VERSION = new Name("reportVersion");
    private static final Name RESPONDENTS = new Name("respondents");
    private static final Name ROLE = new Name("role");
    private static final Name RULE_ID = new Name("ruleId");
    private static final Name RULES = new Name("rules");
    private static final Name SCORE = new Name("score");
    private static final Name SECTION = new Name("section");
    private static final Name SEEN_BY = new Name("seenBy");
    private static final Name SEVERITY = new Name("severity");
    private static final Name SIGN = new Name("sign");
    private static final Name SOURCE = new Name("source");
    private static final Name STRENGTHS = new Name("strengths");
    private static final Name TAILORING = new Name("tailoring");
    private static final Name THEME = new Name("theme");
    private static final Name THEMES = new Name("themes");
    private static final Name TITLE = new Name("title");
    private static final Name TO = new Name("to");
    private static final Name VALUE = new Name("value");
    private static final Name VERSION = new Name("version");
    private static final Name WAIVER = new Name("waiver");
    private static final Name WAIVERS = new Name("waivers");
    private static final Name WOULD_CLEAR = new Name("wouldClear");
    /** The score's themes, by ordinal, as map keys. */
    private static final Name[] THEME_NAMES = Arrays.stream(Theme.values()).map(t -> new Name(t.name()))
            .toArray(Name[]::new);

    /** A field's name, quoted and followed by its separator: pretty and compact. */
    private record Name(char[] pretty, char[] compact) {
        Name(String name) {
            this(("\"" + name + "\" : ").toCharArray(), ("\"" + name + "\":").toCharArray());
        }
    }

    /**
     * The quoted names Jackson writes for each constant of an enum, as it writes them on its own (its
     * name unless an annotation or a feature says otherwise): worked out once per enum class.
     */
    private static final ClassValue<String[]> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = Json.jackson(false, constants[i]);
            }
            return names;
        }
    };

    private final Text out;
    private final boolean pretty;
    /** The number of objects and arrays open. */
    private int depth;
    /** Whether the innermost open object or array has nothing in it yet. */
    private boolean empty;

    private ReportJson(char[] buffer, boolean pretty) {
        this.out = new Text(buffer);
        this.pretty = pretty;
    }

    /**
     * The report as Jackson writes it: pretty (with a final line end when {@code lineEnd}) or compact.
     * It is written into a buffer borrowed from Jackson's pool of buffers (one per thread, as Jackson's
     * own writers borrow it), not into a new one for each report.
     */
    static String write(Report r, boolean pretty, boolean lineEnd) {
        BufferRecycler recycler = Json.mapper().getFactory()._getBufferRecycler();
        ReportJson w = new ReportJson(recycler.allocCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, capacity(r, pretty)),
                pretty);
        try {
            w.report(r);
            if (lineEnd) {
                w.out.append('\n');
            }
            return w.out.toString();
        } finally {
            recycler.releaseCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, w.out.chars);
            recycler.releaseToPool();
        }
    }

    /** Enough for most reports at once: a pretty diagnostic is about 1,100 characters, a rule not assessed about 250. */
    private static int capacity(Report r, boolean pretty) {
        int chars = 1_500 + 1_200 * (r.diagnostics().size() + r.strengths().size())
                + 300 * (r.notAssessed().size() + r.notApplicable().size());
        return pretty ? chars : chars * 3 / 4;
    }

    private void report(Report r) {
        beginObject();
        name(REPORT_VERSION);
        string(r.reportVersion());
        name(CATALOGUE);
        catalogue(r.catalogue());
        Tailoring tailoring = r.tailoring();
        if (tailoring != null && !tailoring.isEmpty()) {
            name(TAILORING);
            jackson(tailoring);
        }
        name(PROGRAMME);
        programme(r.programme());
        name(SCORE);
        score(r.score());
        name(COVERAGE);
        number(r.coverage());
        list(DIAGNOSTICS, r.diagnostics(), this::diagnostic);
        list(STRENGTHS, r.strengths(), this::strength);
        list(NOT_ASSESSED, r.notAssessed(), this::notAssessed);
        list(NOT_APPLICABLE, r.notApplicable(), this::notApplicable);
        if (!r.waivers().isEmpty()) {
            name(WAIVERS);
            jackson(r.waivers());
        }
        if (r.respondents() != null) {
            list(RESPONDENTS, r.respondents(), this::respondent);
        }
        unlessNull(DIFFERENCES, r.differences());
        endObject();
    }

    private void catalogue(CatalogueInfo c) {
        if (isNull(c)) {
            return;
        }
        beginObject();
        name(VERSION);
        string(c.version());
        name(RULES);
        out.append(c.rules());
        name(FINGERPRINT);
        string(c.fingerprint());
        endObject();
    }

    private void programme(ProgrammeRef p) {
        if (isNull(p)) {
            return;
        }
        beginObject();
        name(ID);
        string(p.id());
        name(NAME);
        string(p.name());
        name(ASSESSED_ON);
        value(p.assessedOn());
        endObject();
    }

    private void score(Score s) {
        if (isNull(s)) {
            return;
        }
        beginObject();
        name(OVERALL);
        value(s.overall());
        name(THEMES);
        beginObject();
        for (Map.Entry<?, Integer> e : s.themes().entrySet()) {
            name(THEME_NAMES[((Enum<?>) e.getKey()).ordinal()]);
            value(e.getValue());
        }
        endObject();
        name(RANGE);
        Score.Range range = s.range();
        if (!isNull(range)) {
            beginObject();
            name(IF_UNANSWERED_FINE);
            value(range.ifUnansweredFine());
            name(IF_UNANSWERED_FIRE);
            value(range.ifUnansweredFire());
            endObject();
        }
        endObject();
    }

    /** A rule's id and sign, from its remembered texts where they are its own; those texts, or null. */
    private Json.RuleTexts rule(String ruleId, String sign) {
        Json.RuleTexts rule = Json.ruleTexts(ruleId);
        name(RULE_ID);
        text(rule == null ? null : rule.ruleId(), ruleId);
        name(SIGN);
        text(rule == null ? null : rule.sign(), sign);
        return rule;
    }

    private void diagnostic(Diagnostic d) {
        beginObject();
        Json.RuleTexts rule = rule(d.ruleId(), d.sign());
        name(THEME);
        value(d.theme());
        name(SEVERITY);
        value(d.severity());
        name(TITLE);
        text(rule == null ? null : rule.title(), d.title());
        name(MESSAGE);
        string(d.message());
        list(EVIDENCE, d.evidence(), this::evidence);
        name(RECOMMENDATION);
        text(rule == null ? null : rule.recommendation(), d.recommendation());
        source(rule, d.source());
        name(PENALTY);
        out.append(d.penalty());
        unlessNull(WAIVER, d.waiver());
        name(WOULD_CLEAR);
        if (!isNull(d.wouldClear())) {
            array(d.wouldClear(), this::change);
        }
        if (d.seenBy() != null) {
            list(SEEN_BY, d.seenBy(), this::seenBy);
        }
        if (d.notSeenBy() != null) {
            list(NOT_SEEN_BY, d.notSeenBy(), this::respondent);
        }
        endObject();
    }

    private void change(AnswerChange c) {
        beginObject();
        name(FIELD);
        string(c.field());
        name(FROM);
        value(c.from());
        name(TO);
        value(c.to());
        endObject();
    }

    private void strength(Strength s) {
        beginObject();
        Json.RuleTexts rule = rule(s.ruleId(), s.sign());
        name(THEME);
        value(s.theme());
        name(TITLE);
        text(rule == null ? null : rule.title(), s.title());
        name(MESSAGE);
        string(s.message());
        list(EVIDENCE, s.evidence(), this::evidence);
        source(rule, s.source());
        if (s.seenBy() != null) {
            list(SEEN_BY, s.seenBy(), this::seenBy);
        }
        endObject();
    }

    /** One respondent's view of a finding, in their own words (a report of several responses). */
    private void seenBy(SeenBy s) {
        beginObject();
        name(PERSPECTIVE);
        value(s.perspective());
        name(ROLE);
        string(s.role());
        name(MESSAGE);
        string(s.message());
        list(EVIDENCE, s.evidence(), this::evidence);
        endObject();
    }

    private void respondent(Respondent r) {
        beginObject();
        name(PERSPECTIVE);
        value(r.perspective());
        name(ROLE);
        string(r.role());
        endObject();
    }

    private void evidence(Evidence e) {
        beginObject();
        name(FIELD);
        string(e.field());
        name(VALUE);
        value(e.value());
        name(CONDITION);
        string(e.condition());
        endObject();
    }

    private void source(Json.RuleTexts rule, Source s) {
        name(SOURCE);
        if (isNull(s)) {
            return;
        }
        beginObject();
        name(SECTION);
        text(rule == null ? null : rule.section(), s.section());
        name(PAGE);
        out.append(s.page());
        endObject();
    }

    private void notAssessed(NotAssessed n) {
        beginObject();
        rule(n.ruleId(), n.sign());
        list(MISSING, n.missing(), this::string);
        name(PENALTY);
        out.append(n.penalty());
        endObject();
    }

    private void notApplicable(NotApplicable n) {
        beginObject();
        rule(n.ruleId(), n.sign());
        list(NOT_APPLICABLE, n.notApplicable(), this::string);
        endObject();
    }

    /** Writes {@code null} if the value is null, and says whether it was. */
    private boolean isNull(Object value) {
        if (value == null) {
            out.append("null");
            return true;
        }
        return false;
    }

    /** A field whose value is an array, each element written by {@code each}. */
    private <T> void list(Name name, List<T> items, Consumer<T> each) {
        name(name);
        array(items, each);
    }

    private <T> void array(List<T> items, Consumer<T> each) {
        beginArray();
        for (T item : items) {
            element();
            each.accept(item);
        }
        endArray();
    }

    /** A field left out when its value is null (the mix-ins' {@code NON_NULL}), otherwise written by Jackson. */
    private void unlessNull(Name name, Object value) {
        if (value != null) {
            name(name);
            jackson(value);
        }
    }

    /** An answer or a score: the types answers have written here, anything else by Jackson. */
    private void value(Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Integer i) {
            out.append(i.intValue());
        } else if (v instanceof Long || v instanceof Boolean) {
            out.append(v.toString());
        } else if (v instanceof Double d) {
            number(d);
        } else if (v instanceof LocalDate date) {
            string(date.toString());
        } else if (v instanceof Enum<?> e) {
            out.append(ENUM_NAMES.get(e.getDeclaringClass())[e.ordinal()]);
        } else {
            jackson(v);
        }
    }

    private void number(double d) {
        if (Double.isFinite(d)) {
            out.append(Double.toString(d));
        } else {
            jackson(d);
        }
    }

    /** A value as Jackson writes it on its own, indented to where it stands. */
    private void jackson(Object value) {
        String text = Json.jackson(pretty, value);
        if (!pretty || text.indexOf('\n') < 0) {
            out.append(text);
            return;
        }
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            out.append(text, start, i).newLine(depth);
            start = i + 1;
        }
        out.append(text, start, text.length());
    }

    /**
     * A text of the rule's own (its id, sign, title, recommendation or section), copied from the form
     * Jackson quoted once when the engine was built, where it is that text; else as {@link #string}.
     * These are most of a report's characters, and looking at each of them for what to escape was a
     * third of writing it.
     */
    private void text(SerializedString quoted, String value) {
        if (quoted != null && value != null && quoted.getValue().equals(value)) {
            out.append('"').append(quoted.asQuotedChars()).append('"');
        } else {
            string(value);
        }
    }

    /** A string quoted and escaped as Jackson escapes it: control characters, quote and backslash; nothing else. */
    private void string(String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        if (!out.appendUnlessEscaped(s)) {
            int start = 0;
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 128 && ESCAPES[c] != 0) {
                    out.append(s, start, i).append('\\');
                    int e = ESCAPES[c];
                    if (e > 0) {
                        out.append((char) e);
                    } else {
                        out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    }
                    start = i + 1;
                }
            }
            out.append(s, start, n);
        }
        out.append('"');
    }

    private void beginObject() {
        out.append('{');
        depth++;
        empty = true;
    }

    private void endObject() {
        close('}');
    }

    private void beginArray() {
        out.append('[');
        depth++;
        empty = true;
    }

    private void endArray() {
        close(']');
    }

    private void close(char bracket) {
        depth--;
        if (pretty) {
            if (empty) {
                out.append(' ');
            } else {
                out.newLine(depth);
            }
        }
        out.append(bracket);
        empty = false;
    }

    /** Before an element of an array: a comma after the one before, and in pretty text a new line. */
    private void element() {
        if (!empty) {
            out.append(',');
        }
        empty = false;
        if (pretty) {
            out.newLine(depth);
        }
    }

    /** A field's name and separator. */
    private void name(Name name) {
        element();
        out.append(pretty ? name.pretty() : name.compact());
    }

    /**
     * The characters written so far. Strings are copied in whole ({@link String#getChars}); a
     * {@link StringBuilder} was slower here: a report holds a few characters beyond Latin-1 (curly
     * quotes, dashes), and once it held one, every string appended after it was widened character by
     * character.
     */
    private static final class Text {
        private static final char[][] SMALL = new char[1000][];
        /** A line end and the indent of depths 0 to 15. */
        private static final char[][] INDENTS = new char[16][];

        static {
            for (int i = 0; i < SMALL.length; i++) {
                SMALL[i] = Integer.toString(i).toCharArray();
            }
            for (int d = 0; d < INDENTS.length; d++) {
                INDENTS[d] = ("\n" + "  ".repeat(d)).toCharArray();
            }
        }

        private char[] chars;
        private int length;

        Text(char[] buffer) {
            chars = buffer;
        }

        private void room(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }

        Text append(char c) {
            room(1);
            chars[length++] = c;
            return this;
        }

        Text append(String s) {
            int n = s.length();
            room(n);
            s.getChars(0, n, chars, length);
            length += n;
            return this;
        }

        /** A line end and the indent of a depth (a report's own objects and arrays nest seven deep at most). */
        Text newLine(int depth) {
            return append(depth < INDENTS.length ? INDENTS[depth] : ("\n" + "  ".repeat(depth)).toCharArray());
        }

        /** A whole number, without making a string of it first when it is small and not negative. */
        Text append(int i) {
            if (i >= 0 && i < SMALL.length) {
                return append(SMALL[i]);
            }
            return append(Integer.toString(i));
        }

        Text append(char[] c) {
            room(c.length);
            System.arraycopy(c, 0, chars, length, c.length);
            length += c.length;
            return this;
        }

        Text append(String s, int start, int end) {
            room(end - start);
            s.getChars(start, end, chars, length);
            length += end - start;
            return this;
        }

        /** Appends the string if no character of it needs escaping, and says whether it did. */
        boolean appendUnlessEscaped(String s) {
            int n = s.length();
            room(n);
            s.getChars(0, n, chars, length);
            char[] c = chars;
            for (int i = length, end = length + n; i < end; i++) {
                char ch = c[i];
                if (ch < 128 && ESCAPES[ch] != 0) {
                    return false;
                }
            }
            length += n;
            return true;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
