package org.minutebook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the modules and of each service, read from the compiled production classes of every module
 * (their {@code target/classes}, built before this module). test-support and tools keep the package names the
 * classes had in shared, so what belongs to them is told by the module a class was compiled in, not by its package.
 */
class LayeringTest {

    static final String[] SERVICES = {"org.minutebook.meetings..", "org.minutebook.actions..",
            "org.minutebook.search.."};

    private static final Set<String> TEST_SUPPORT = classesOf("test-support");
    private static final Set<String> TOOLS = classesOf("tools");

    static final ArchRule nothingShippedDependsOnTestSupportOrTools = noClasses().should()
            .dependOnClassesThat(compiledIn(TEST_SUPPORT, "test-support")).orShould()
            .dependOnClassesThat(compiledIn(TOOLS, "tools"))
            .because("embedded PostgreSQL and Kafka, test tokens, the fuzzer, the stack and the bench are for tests "
                    + "and development, never on a service's runtime classpath");

    static final ArchRule meetingsServiceKnowsNoOtherService = noClasses().that()
            .resideInAPackage("org.minutebook.meetings..").should().dependOnClassesThat()
            .resideInAnyPackage("org.minutebook.actions..", "org.minutebook.search..")
            .because("services meet only through events and HTTP");

    static final ArchRule actionsServiceKnowsNoOtherService = noClasses().that()
            .resideInAPackage("org.minutebook.actions..").should().dependOnClassesThat()
            .resideInAnyPackage("org.minutebook.meetings..", "org.minutebook.search..")
            .because("services meet only through events and HTTP");

    static final ArchRule searchServiceKnowsNoOtherService = noClasses().that()
            .resideInAPackage("org.minutebook.search..").should().dependOnClassesThat()
            .resideInAnyPackage("org.minutebook.meetings..", "org.minutebook.actions..")
            .because("search-service builds its read models from events only");

    static final ArchRule librariesKnowNoService = noClasses().that()
            .resideInAnyPackage("org.minutebook.shared..", "org.minutebook.messaging..").should()
            .dependOnClassesThat().resideInAnyPackage(SERVICES).because("the libraries serve every service alike");

    static final ArchRule sharedKnowsNoEventPipeline = noClasses().that().resideInAPackage("org.minutebook.shared..")
            .should().dependOnClassesThat().resideInAPackage("org.minutebook.messaging..")
            .because("shared is HTTP, security and health; the event pipeline is the messaging library's alone");

    static final ArchRule messagingKnowsNoShared = noClasses().that().resideInAPackage("org.minutebook.messaging..")
            .and().resideOutsideOfPackage("org.minutebook.messaging.deadletter..").should().dependOnClassesThat()
            .resideInAPackage("org.minutebook.shared..")
            .because("the event pipeline needs nothing of the HTTP side; only the operator's dead-letter endpoints "
                    + "answer in problem+json to a clerk");

    static final ArchRule nothingDependsOnTheRestLayer = noClasses().that().resideInAnyPackage(SERVICES).and()
            .resideOutsideOfPackage("org.minutebook.*.rest..").should().dependOnClassesThat()
            .resideInAPackage("org.minutebook.*.rest..")
            .because("resources are the outermost layer: services, consumers and entities never call them");

    static final ArchRule domainIsTheCore = noClasses().that().resideInAPackage("org.minutebook.*.domain..").should()
            .dependOnClassesThat().resideInAnyPackage("org.minutebook.*.rest..", "org.minutebook.*.service..",
                    "org.minutebook.*.messaging..", "org.minutebook.*.importer..")
            .because("entities and domain logic know neither HTTP, transactions nor events");

    static final ArchRule eventsAreBornAndLandInServicesAndConsumers = noClasses().that()
            .resideInAnyPackage(SERVICES).and()
            .resideOutsideOfPackages("org.minutebook.*.service..", "org.minutebook.*.messaging..").should()
            .dependOnClassesThat().resideInAnyPackage("org.minutebook.messaging..", "org.minutebook.*.messaging..",
                    "org.apache.kafka..", "org.eclipse.microprofile.reactive.messaging..")
            .because("an event is appended to the outbox in a service's transaction and lands in a consumer: a "
                    + "resource or an entity that published would be a dual write");

    static final ArchRule importerIsAPureParser = noClasses().that()
            .resideInAPackage("org.minutebook.meetings.importer..")
            .should().dependOnClassesThat().resideInAnyPackage("org.minutebook.meetings.domain..",
                    "org.minutebook.meetings.service..", "org.minutebook.meetings.rest..",
                    "org.minutebook.meetings.messaging..")
            .because("the importer turns text into a meeting record and nothing else, testable without a database");

    /** The production classes of the services and of the two runtime libraries: what a service ships. */
    private static final List<String> SHIPPED = List.of("meetings-service", "actions-service", "search-service",
            "shared", "messaging");

    @TestFactory
    Stream<DynamicTest> layering() {
        JavaClasses shipped = new ClassFileImporter().importPaths(SHIPPED.stream().map(LayeringTest::classesDir)
                .toList());
        return Stream.of(nothingShippedDependsOnTestSupportOrTools, meetingsServiceKnowsNoOtherService,
                actionsServiceKnowsNoOtherService, searchServiceKnowsNoOtherService, librariesKnowNoService,
                sharedKnowsNoEventPipeline, messagingKnowsNoShared, nothingDependsOnTheRestLayer, domainIsTheCore,
                eventsAreBornAndLandInServicesAndConsumers, importerIsAPureParser)
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(shipped)));
    }

    /** The first rule is not vacuous: the services' tests, which use test-support, break it. */
    @Test
    void shouldTellTestSupportFromTheRuntimeLibraryInTheSamePackage() {
        JavaClasses tests = new ClassFileImporter().importPath(Path.of("..", "meetings-service", "target",
                "test-classes").toAbsolutePath().normalize());
        assertTrue(nothingShippedDependsOnTestSupportOrTools.evaluate(tests).hasViolation());
    }

    private static DescribedPredicate<JavaClass> compiledIn(Set<String> classNames, String module) {
        return DescribedPredicate.describe("compiled in " + module, c -> classNames.contains(c.getName()));
    }

    private static Set<String> classesOf(String module) {
        Set<String> names = new ClassFileImporter().importPath(classesDir(module)).stream().map(JavaClass::getName)
                .collect(Collectors.toSet());
        if (names.isEmpty()) {
            throw new IllegalStateException("No classes compiled in " + classesDir(module));
        }
        return names;
    }

    private static Path classesDir(String module) {
        return Path.of("..", module, "target", "classes").toAbsolutePath().normalize();
    }
}
