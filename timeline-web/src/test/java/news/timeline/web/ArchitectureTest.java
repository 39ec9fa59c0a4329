package news.timeline.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the modules' dependencies pointing one way: web → import → core, and no framework below web. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("news.timeline");
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("news.timeline.core..")
                .should().dependOnClassesThat().resideInAnyPackage("news.timeline.importer..", "news.timeline.web..")
                .check(classes);
    }

    @Test
    void importerDoesNotDependOnWeb() {
        noClasses().that().resideInAPackage("news.timeline.importer..")
                .should().dependOnClassesThat().resideInAPackage("news.timeline.web..")
                .check(classes);
    }

    @Test
    void coreAndImporterUseNoFramework() {
        noClasses().that().resideInAnyPackage("news.timeline.core..", "news.timeline.importer..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.persistence..",
                        "jakarta.ws.rs..", "org.hibernate..", "io.smallrye..", "io.vertx..")
                .check(classes);
    }

    @Test
    void coreDependsOnlyOnTheJdk() {
        noClasses().that().resideInAPackage("news.timeline.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("news.timeline.core..", "java..")
                .check(classes);
    }
}
