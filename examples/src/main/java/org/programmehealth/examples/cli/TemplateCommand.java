package org.programmehealth.examples.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code template}: a blank self-assessment with every field of the format, for filling in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Prints a blank self-assessment with every field of the format, for filling in.",
            "Every answer is null (not answered) except the programme's identity, which the format requires:"
                + " replace the id and name, and set assessedOn (today's date) to the date the answers describe."
                + " The template is itself a valid assessment."})
final class TemplateCommand implements Callable<Integer> {

    static final String ID = "replace-with-the-programme-id";
    static final String NAME = "Replace with the programme's name";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(JsonText.pretty(blank(LocalDate.now())));
        spec.commandLine().getOut().flush();
        return ProgrammeHealthCli.OK;
    }

    /** Every field, in the format's order, null; the required identity filled with placeholders. */
    static ObjectNode blank(LocalDate assessedOn) {
        ObjectNode root = JsonText.MAPPER.createObjectNode();
        root.put("schemaVersion", FormatQuestions.schemaVersion());
        for (FormatQuestions.Question q : FormatQuestions.all()) {
            root.withObjectProperty(q.section()).putNull(q.field());
        }
        ObjectNode programme = root.withObjectProperty("programme");
        programme.put("id", ID);
        programme.put("name", NAME);
        programme.put("assessedOn", assessedOn.toString());
        root.putArray("history");
        root.putObject("extensions");
        // who answered: set it ({"perspective": "CENTRE", "role": "..."}) when several people answer for one programme
        root.putNull("respondent");
        return root;
    }
}
