package news.timeline.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;
import news.timeline.core.milestone.Summary;
import news.timeline.importer.Importer;
import news.timeline.importer.event.ArticleImporter;
import news.timeline.importer.read.Readers;
import news.timeline.web.editor.MilestoneForm;
import news.timeline.web.editor.TimelineForm;
import news.timeline.web.markup.SummaryMarkup;
import news.timeline.web.persistence.DomainMapping;
import news.timeline.web.persistence.MilestoneHistory;
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

    /**
     * Queries are named on the entities and checked at start-up: outside {@code persistence} nothing writes
     * query text or runs a query itself, neither through the entity manager nor through Panache's query
     * methods, which take the text as a string; the entities' own methods name what they ask for.
     */
    @Test
    void servicesReachEntitiesThroughTheQueriesNamedOnThem() {
        noClasses().that().resideOutsideOfPackage(WEB + ".persistence..")
                .should().callMethodWhere(panacheQueryText())
                .because("a service reaches its entities through the queries named on them")
                .check(classes);
    }

    /** Only the stores hold the entity manager; a service reaches it through its entities (Panache). */
    @Test
    void onlyPersistenceUsesTheEntityManager() {
        noClasses().that().resideOutsideOfPackage(WEB + ".persistence..")
                .should().dependOnClassesThat().belongToAnyOf(EntityManager.class)
                .check(classes);
    }

    /**
     * The API's error answer is made in one place: the route handlers that answer before the REST layer (the
     * request checks, the error pages' routes) take their JSON from Problems rather than writing it by hand.
     */
    @Test
    void onlyProblemsWritesJsonByHand() {
        noClasses().that().doNotBelongToAnyOf(Problems.class)
                .should().dependOnClassesThat().resideInAPackage("io.vertx.core.json..")
                .check(classes);
    }

    /** No query text is put together at run time: every JPQL query is a named one. */
    @Test
    void everyQueryIsNamed() {
        noClasses().should().callMethodWhere(entityManagerQuery("createQuery").or(entityManagerQuery("createNativeQuery")))
                .check(classes);
    }

    /**
     * The site archive copies tables whole with the database's own columns, and Flyway's Java migrations run
     * before there are entities; the counts kept ahead ({@code TimelineCounts}, {@code MilestoneCounting}) are
     * written at the last moment before a commit, after the entity manager's last flush, on its connection; and
     * on PostgreSQL, the content markers' listener ({@code MarkListener}) holds a connection of its own, outside
     * the pool, that only listens; and the start's first connection ({@code DatabaseOpening}) is taken from the
     * pool with a longer wait and closed, before anything else uses it. Nothing else goes around the entities.
     */
    @Test
    void onlyTheArchiveMigrationsAndCountsUseJdbc() {
        noClasses().that().resideOutsideOfPackage(WEB + ".archive..")
                .and().areNotAssignableTo(org.flywaydb.core.api.migration.JavaMigration.class)
                .and().doNotHaveFullyQualifiedName(WEB + ".persistence.TimelineCounts")
                .and().doNotHaveFullyQualifiedName(WEB + ".persistence.MilestoneCounting")
                .and().doNotHaveFullyQualifiedName(WEB + ".persistence.MilestoneCounting$Pending")
                .and().doNotHaveFullyQualifiedName(WEB + ".persistence.MarkListener")
                .and().doNotHaveFullyQualifiedName(WEB + ".persistence.DatabaseOpening")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.agroal..")
                .check(classes);
    }

    private static DescribedPredicate<JavaMethodCall> panacheQueryText() {
        return DescribedPredicate.describe("a Panache query given as text", call -> call.getTarget().getOwner()
                .isAssignableTo(PanacheEntityBase.class) && PANACHE_QUERIES.contains(call.getTarget().getName())
                && !call.getTarget().getRawParameterTypes().isEmpty()
                && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(String.class));
    }

    private static DescribedPredicate<JavaMethodCall> entityManagerQuery(String prefix) {
        return DescribedPredicate.describe("EntityManager." + prefix + "…Query", call -> call.getTarget().getOwner()
                .isAssignableTo(EntityManager.class) && call.getTarget().getName().startsWith(prefix)
                && call.getTarget().getName().endsWith("Query"));
    }

    private static final Set<String> PANACHE_QUERIES = Set.of("find", "list", "stream", "count", "delete", "update");

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

    /** A page shows a markup summary as it is, so only the code that cleans markup makes one (see core's Summary). */
    @Test
    void onlyTheMarkupPackageMakesMarkupSummaries() {
        classes().that().implement(Summary.Markup.class).should().resideInAPackage(WEB + ".markup..").check(classes);
    }

    /** Markup is taken uncleaned only from the columns it was written to cleaned: a milestone's and its history's. */
    @Test
    void onlyColumnsOfCleanedSummariesAreReadBackAsMarkup() {
        noClasses().that().doNotBelongToAnyOf(SummaryMarkup.class, DomainMapping.class, MilestoneHistory.class)
                .should().callMethod(SummaryMarkup.class, "stored", String.class)
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
