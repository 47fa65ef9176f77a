package org.programmehealth.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The benchmarks measure the library as an embedder uses it: through its public API alone. */
class PublicApiOnlyTest {

    /** The library's public packages; every other package of the library is its own implementation. */
    private static final List<String> PUBLIC_PACKAGES = List.of("org.programmehealth", "org.programmehealth.model",
            "org.programmehealth.report", "org.programmehealth.render");

    private static final DescribedPredicate<JavaClass> LIBRARY_IMPLEMENTATION = DescribedPredicate.describe(
            "are in a package of the library other than its public ones " + PUBLIC_PACKAGES, (JavaClass c) -> {
                String p = c.getPackageName();
                return (p.equals("org.programmehealth") || p.startsWith("org.programmehealth."))
                        && !p.startsWith("org.programmehealth.benchmarks") && !PUBLIC_PACKAGES.contains(p);
            });

    @Test
    void theBenchmarks_useOnlyTheLibrarysPublicApi() {
        JavaClasses benchmarks = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.programmehealth.benchmarks");
        assertThat(benchmarks.contain(Workload.class)).isTrue();
        noClasses().should().dependOnClassesThat(LIBRARY_IMPLEMENTATION).check(benchmarks);
    }

    @Test
    void theCatalogueCopy_readsEveryRuleOfTheCatalogue() throws Exception {
        Map<String, String> drl = Workload.catalogueDrl();
        Pattern rule = Pattern.compile("(?m)^rule \"([^\"]+)\"");
        List<String> ids = drl.values().stream().flatMap(text -> rule.matcher(text).results().map(m -> m.group(1)))
                .sorted().toList();
        assertThat(ids).isEqualTo(Workload.catalogueRules().stream().map(r -> r.id()).sorted().toList());
    }
}
