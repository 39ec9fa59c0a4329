package news.timeline.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.transaction.Transactional;
import news.timeline.importer.Importer;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.read.Readers;
import news.timeline.web.editor.MilestoneForm;
import news.timeline.web.editor.TimelineForm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the modules' dependencies pointing one way, web → import → core, with no framework below web; and
 * inside web, each package to its job: the store knows no page, sign-in knows neither the editor nor the
 * import, and the importer runs outside transactions.
 */
class ArchitectureTest {

    private static final String WEB = "news.timeline.web";

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

    @Test
    void resourcesTouchNoEntities() {
        noClasses().that().areAnnotatedWith(jakarta.ws.rs.Path.class).or().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .because("a resource translates between HTTP and the services, which alone read and write entities")
                .check(classes);
    }

    @Test
    void persistenceDependsOnNoPageResourceOrService() {
        noClasses().that().resideInAPackage(WEB + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB + ".reader..", WEB + ".editor..",
                        WEB + ".importing..", WEB + ".security..", WEB + ".api..", WEB + ".embed..", WEB + ".export..",
                        WEB + ".archive..", WEB + ".demo..", WEB + ".form..")
                .check(classes);
    }

    @Test
    void editorImportingAndSecurityUseOfTheReaderOnlyThePageFrame() {
        DescribedPredicate<JavaClass> pageFrame = simpleName("Pages").or(simpleName("PageMeta")).or(simpleName("SiteStyles"));
        noClasses().that().resideInAnyPackage(WEB + ".editor..", WEB + ".importing..", WEB + ".security..")
                .should().dependOnClassesThat(resideInAPackage(WEB + ".reader..").and(not(pageFrame))
                        .as("reader classes other than the page frame (Pages, PageMeta, SiteStyles)"))
                .check(classes);
    }

    @Test
    void securityDependsOnNeitherTheEditorNorTheImportNorTheApi() {
        noClasses().that().resideInAPackage(WEB + ".security..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB + ".editor..", WEB + ".importing..", WEB + ".api..")
                .check(classes);
    }

    @Test
    void theApiReadsItsOwnRequestsNotTheEditorsForms() {
        noClasses().that().resideInAPackage(WEB + ".api..")
                .should().dependOnClassesThat().belongToAnyOf(MilestoneForm.class, TimelineForm.class)
                .check(classes);
    }

    /** The root holds what every package shares (NotFound, Area); it and the forms stand on nothing else of ours. */
    @Test
    void formsAndTheRootDependOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage(WEB + ".form..").or().resideInAPackage(WEB)
                .should().dependOnClassesThat(resideInAPackage("news.timeline..")
                        .and(not(resideInAPackage(WEB + ".form.."))).and(not(resideInAPackage(WEB)))
                        .as("other classes of ours"))
                .check(classes);
    }

    /** The web hands the front door what the readers read (one {@code Article}); it never runs the extractor itself. */
    @Test
    void theWebEntersTheImporterThroughItsFrontDoor() {
        noClasses().that().resideInAPackage(WEB + "..")
                .should().dependOnClassesThat().belongToAnyOf(ArticleImporter.class)
                .check(classes);
    }

    @Test
    void theImporterRunsOutsideTransactions() {
        DescribedPredicate<JavaClass> transactional = new DescribedPredicate<>("have transactional methods") {
            @Override
            public boolean test(JavaClass c) {
                return c.isAnnotatedWith(Transactional.class)
                        || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Transactional.class));
            }
        };
        noClasses().that(transactional)
                .should().dependOnClassesThat().belongToAnyOf(Importer.class, ArticleImporter.class, Readers.class)
                .check(classes);
    }
}
