package org.programmehealth.examples.cli;

import picocli.CommandLine;

/** The tool's version: the library's, from its jar manifest when there is one. */
final class Versions implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return new String[] {"programme-health " + (v == null ? "(development build)" : v)};
    }
}
