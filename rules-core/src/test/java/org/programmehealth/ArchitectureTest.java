package org.programmehealth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The library tests its own architecture: a small, explicit, immutable public API. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.programmehealth");

    private static final DescribedPredicate<JavaClass> FOREIGN = new DescribedPredicate<>("a Drools, KIE, Jackson or schema-validator type") {
        @Override
        public boolean test(JavaClass c) {
            String n = c.getName();
            return n.startsWith("org.drools.") || n.startsWith("org.kie.") || n.startsWith("com.fasterxml.")
                    || n.startsWith("com.networknt.");
        }
    };

    /** The packages that implement the library; nothing outside it may depend on them. */
    static final java.util.List<String> IMPLEMENTATION_PACKAGES = java.util.List.of("org.programmehealth.input",
            "org.programmehealth.config", "org.programmehealth.engine", "org.programmehealth.clearing", "org.programmehealth.docs");

    private static final DescribedPredicate<JavaClass> INTERNAL = new DescribedPredicate<>("an internal type") {
        @Override
        public boolean test(JavaClass c) {
            String p = c.getPackageName();
            return IMPLEMENTATION_PACKAGES.stream().anyMatch(p::equals);
        }
    };

    @Test
    void theReportAndModel_areRecordsOrEnums() {
        classes().that().resideInAnyPackage("org.programmehealth.report", "org.programmehealth.model")
                    .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
                    .should().beRecords().orShould().beEnums()
                .check(CLASSES);
    }

    @Test
    void publicApiMethods_exposeNoDroolsJacksonOrInternalTypes() {
        methods().that().arePublic()
                    .and().areDeclaredInClassesThat().resideInAnyPackage("org.programmehealth", "org.programmehealth.report",
                            "org.programmehealth.model", "org.programmehealth.render")
                    .should().haveRawReturnType(DescribedPredicate.not(FOREIGN.or(INTERNAL)))
                    .andShould().haveRawParameterTypes(DescribedPredicate.not(DescribedPredicate.anyElementThat(FOREIGN.or(INTERNAL))))
                .check(CLASSES);
    }

    @Test
    void publicClassesNotMeantForInheritance_areFinal() {
        classes().that().arePublic().and().areTopLevelClasses().and().areNotInterfaces()
                    .and().areNotAssignableTo(RuntimeException.class)
                    .and().resideOutsideOfPackages(IMPLEMENTATION_PACKAGES.toArray(String[]::new))
                    .should().haveModifier(JavaModifier.FINAL)
                .check(CLASSES);
    }

    /** The only classes outside the implementation packages that may use them: the entry points at the root. */
    static final java.util.List<Class<?>> ENTRY_POINTS = java.util.List.of(ProgrammeHealth.class, AssessmentFormat.class,
            CatalogueDocs.class);

    @Test
    void nothingOutsideTheImplementationPackages_dependsOnThem_butTheEntryPoints() {
        noClasses().that().resideOutsideOfPackages(IMPLEMENTATION_PACKAGES.toArray(String[]::new))
                    .and(DescribedPredicate.not(entryPointOrNestedIn()))
                    .should().dependOnClassesThat(INTERNAL)
                    .because("the implementation packages are the library's own: the public API is the root's entry points, "
                            + "the model, the report, the renderers and what the rules call")
                .check(CLASSES);
    }

    @Test
    void theEntryPoints_useOneTypeOfTheEngine_theRuleEngine() {
        noClasses().that(entryPointOrNestedIn())
                    .should().dependOnClassesThat(DescribedPredicate.describe("an engine type other than RuleEngine",
                            (JavaClass c) -> c.getPackageName().equals("org.programmehealth.engine")
                                    && !c.getName().equals("org.programmehealth.engine.RuleEngine")))
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> entryPointOrNestedIn() {
        return DescribedPredicate.describe("an entry point (or a class nested in one)", (JavaClass c) ->
                ENTRY_POINTS.stream().anyMatch(e -> c.getName().equals(e.getName()) || c.getName().startsWith(e.getName() + "$")));
    }

    @Test
    void theModelAndReport_dependOnNothingButTheJdkAndEachOther() {
        noClasses().that().resideInAnyPackage("org.programmehealth.report", "org.programmehealth.model")
                    .should().dependOnClassesThat(FOREIGN.or(INTERNAL))
                .check(CLASSES);
    }
}
