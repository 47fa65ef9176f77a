package org.programmehealth.examples.embedding;

import java.util.List;

/** Where the PMO keeps its programmes (a database, a spreadsheet export, a web service). */
public interface ProgrammeRepository {

    /** The programmes to review now, in the PMO's order. */
    List<PmoProgramme> activeProgrammes();
}
