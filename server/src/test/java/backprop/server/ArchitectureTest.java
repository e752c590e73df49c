package backprop.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server's package rules, as written in each package-info: root over {@code api} over {@code store}. */
class ArchitectureTest {

    private static JavaClasses server;

    @BeforeAll
    static void importServer() {
        server = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("backprop.server");
    }

    @Test
    void noCyclesBetweenPackages() {
        // "backprop.(**)" makes one slice per package, the root backprop.server included
        // (only server classes are imported, so only server packages become slices).
        slices().matching("backprop.(**)")
                .should().beFreeOfCycles()
                .because("the root wires api and store, api uses store, and nothing points back up")
                .check(server);
    }

    @Test
    void storeUsesNoOtherServerPackage() {
        noClasses().that().resideInAPackage("backprop.server.store..")
                .should().dependOnClassesThat().resideInAnyPackage("backprop.server", "backprop.server.api..")
                .because("the store is the bottom layer: durable data, reachable from the API and the root")
                .check(server);
    }

    @Test
    void storeKnowsNoHttp() {
        noClasses().that().resideInAPackage("backprop.server.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .because("answering HTTP is the API's job; the store only keeps data")
                .check(server);
    }

    @Test
    void apiDoesNotUseTheRoot() {
        noClasses().that().resideInAPackage("backprop.server.api..")
                .should().dependOnClassesThat().resideInAPackage("backprop.server")
                .because("the root wires the API; what the API needs from it is handed in")
                .check(server);
    }

    @Test
    void serverNeverUsesWebUiClasses() {
        noClasses().that().resideInAPackage("backprop.server..")
                .should().dependOnClassesThat().resideInAPackage("backprop.ui..")
                .because("the page reaches the server as built files, not as Java classes")
                .check(server);
    }
}
