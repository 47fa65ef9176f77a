package org.programmehealth.input;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;

import org.programmehealth.InputLimits;
import org.programmehealth.report.Diagnostic;
import org.programmehealth.report.Report;
import org.programmehealth.report.Tailoring;
import org.programmehealth.report.Waiver;
import org.programmehealth.report.WaiverStatus;

/**
 * The library's Jackson set-up, in one place: strict reading (no unknown fields, no duplicate
 * keys, no polymorphic typing, limits on size, depth and string length) and deterministic
 * writing (fixed property order, LF line ends, two-space indent).
 */
public final class Json {

    /**
     * The writing mapper: Jackson's bean serializer with the mix-ins below. A report is written by
     * {@link ReportJson}, which writes the same characters and hands this mapper only what a report
     * rarely holds; {@code ReportJsonTest} compares the two.
     */
    private static final ObjectMapper WRITER_MAPPER = writerMapper();

    private static ObjectMapper writerMapper() {
        return JsonMapper.builder()
            .addModule(localDates())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .addMixIn(Report.class, ReportMixIn.class)
            .addMixIn(Diagnostic.class, DiagnosticMixIn.class)
            .addMixIn(Waiver.class, WaiverMixIn.class)
            .addMixIn(Tailoring.class, TailoringMixIn.class)
            .addMixIn(org.programmehealth.report.Strength.class, StrengthMixIn.class)
            .build();
    }

    /*
     * The report's additions stay out of the JSON until they say something, so that a report of the
     * catalogue as shipped, with no waivers, has exactly the contract's fields. Mix-ins keep Jackson's
     * annotations out of the public records.
     */
    abstract static class ReportMixIn {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyTailoring.class)
        abstract Tailoring tailoring();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<WaiverStatus> waivers();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<?> respondents();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<?> differences();
    }

    /** A strength's {@code seenBy} appears only in a report of several respondents. */
    abstract static class StrengthMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<?> seenBy();
    }

    abstract static class DiagnosticMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Waiver waiver();

        @JsonIgnore
        abstract boolean isWaived();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<?> seenBy();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<?> notSeenBy();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class WaiverMixIn {
    }

    abstract static class TailoringMixIn {
        @JsonIgnore
        abstract boolean isEmpty();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Tailoring.CustomRules customRules();
    }

    /**
     * A rule's own texts (id, sign, title, recommendation, section), quoted and escaped once: they are
     * most of the characters of every report, and {@link ReportJson} copies them from that form instead
     * of looking at each character again for every report it writes.
     */
    record RuleTexts(SerializedString ruleId, SerializedString sign, SerializedString title,
                     SerializedString recommendation, SerializedString section) {
    }

    private static final Map<String, RuleTexts> RULE_TEXTS = new ConcurrentHashMap<>();
    /** Bounded, so that engines built again and again with new custom rules cannot grow it without end. */
    private static final int MAX_RULES = 50_000;

    /**
     * Keeps a rule's texts quoted, for its diagnostics: one lookup by rule id instead of one per text.
     * The first engine to remember a rule id keeps it; a diagnostic whose texts differ (another
     * engine's tailoring or custom rule under the same id) is written text by text, as before.
     */
    public static void rememberRule(String ruleId, String sign, String title, String recommendation, String section) {
        if (ruleId != null && RULE_TEXTS.size() < MAX_RULES) {
            RULE_TEXTS.computeIfAbsent(ruleId, id -> new RuleTexts(quotedOrNull(ruleId), quotedOrNull(sign),
                    quotedOrNull(title), quotedOrNull(recommendation), quotedOrNull(section)));
        }
    }

    private static SerializedString quotedOrNull(String text) {
        return text == null ? null : new SerializedString(text);
    }

    /** The texts remembered for a rule id, or {@code null}. */
    static RuleTexts ruleTexts(String ruleId) {
        return ruleId == null ? null : RULE_TEXTS.get(ruleId);
    }

    /** Jackson's custom inclusion filter: {@code equals} true means "leave it out". */
    static final class EmptyTailoring {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof Tailoring t && t.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Pretty, leaving open the writer it writes to (for the final newline). */
    private static final ObjectWriter PRETTY = WRITER_MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static final ObjectWriter COMPACT = WRITER_MAPPER.writer();

    private Json() {
    }

    /** A mapper for reading assessments within the given limits. */
    public static ObjectMapper reader(InputLimits limits) {
        return reader(limits, true);
    }

    /**
     * A mapper for a first, quick reading of an assessment's tree: as {@link #reader}, but a duplicate
     * key is found as the tree is built instead of by the parser, which keeps every name of an object
     * to check it (a tenth of reading the sample). Its message for a duplicate is Jackson's and placed
     * after the value: when it fails, read the text again with {@link #reader} for the message to show.
     */
    public static ObjectMapper quickTreeReader(InputLimits limits) {
        return reader(limits, false);
    }

    private static ObjectMapper reader(InputLimits limits, boolean parserFindsDuplicates) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(Math.min(limits.maxStringLength(), 1000))
                        .maxNumberLength(100)
                        .maxDocumentLength(limits.maxDocumentChars())
                        .build())
                .configure(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION, parserFindsDuplicates)
                .build();
        return JsonMapper.builder(factory)
                .addModule(localDates())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, !parserFindsDuplicates)
                .disable(JsonParser.Feature.ALLOW_COMMENTS)
                .build();
    }

    /** Pretty JSON with LF line ends and a final newline: the same bytes on every platform. */
    public static String write(Object value) {
        if (value instanceof Report r) {
            return ReportJson.write(r, true, true);
        }
        // the final newline goes into Jackson's own buffer, not onto a copy of the finished text
        BufferRecycler recycler = WRITER_MAPPER.getFactory()._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            PRETTY.writeValue(out, value);
            out.write('\n');
            return out.getAndClear();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        } finally {
            recycler.releaseToPool();
        }
    }

    /**
     * Compact JSON on one line, no line end: the same fields in the same order as {@link #write},
     * for JSON Lines.
     */
    public static String writeCompact(Object value) {
        if (value instanceof Report r) {
            return ReportJson.write(r, false, false);
        }
        return jackson(false, value);
    }

    /** A value as Jackson writes it with this mapper, pretty or compact, without a final newline. */
    static String jackson(boolean pretty, Object value) {
        try {
            if (pretty) {
                return PRETTY.writeValueAsString(value);
            }
            return COMPACT.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Jackson's JSR-310 reader and writer of {@link LocalDate}, the only date type of the format, the
     * report and the configuration (ISO dates, {@code 2009-03-31}): the whole {@code JavaTimeModule}
     * loads some 75 classes at start-up for the types no document here holds.
     */
    public static com.fasterxml.jackson.databind.Module localDates() {
        return new SimpleModule("programme-health-dates")
                .addSerializer(LocalDate.class, LocalDateSerializer.INSTANCE)
                .addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE);
    }

    /** The shared writing mapper, for tree work. */
    public static ObjectMapper mapper() {
        return WRITER_MAPPER;
    }
}
