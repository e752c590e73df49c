package backprop.ui;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The web UI's package rules (see package-info.java): base at the bottom; plot, digits, remote,
 * bench and textbook on base; explain and compare on base and plot; lessons on base, plot and explain; the root
 * package on top. No cycles, the root included.
 */
class ArchitectureTest {
    private static final String UI = "backprop.ui";

    private static final JavaClasses PAGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(UI);

    /** Each package of the page is a slice of its own, the root package ("root") too. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(UI)) {
                return SliceIdentifier.of("root");
            }
            if (name.startsWith(UI + ".")) {
                return SliceIdentifier.of(name.substring(UI.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of " + UI + ", the root package included";
        }
    };

    /** A package of the page uses no package of the page but itself and {@code allowed}. */
    private static ArchRule usesOnly(String layer, String because, String... allowed) {
        String[] own = new String[allowed.length + 1];
        own[0] = UI + "." + layer + "..";
        for (int i = 0; i < allowed.length; i++) {
            own[i + 1] = UI + "." + allowed[i] + "..";
        }
        return noClasses().that().resideInAPackage(UI + "." + layer + "..")
                .should().dependOnClassesThat(resideInAPackage(UI + "..").and(not(resideInAnyPackage(own))))
                .because(because);
    }

    @Test
    void noCyclesBetweenPackagesTheRootIncluded() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles()
                .because("the packages are layers: each can be read and changed without the ones above it")
                .check(PAGE);
    }

    @Test
    void noSubPackageUsesTheRootPackage() {
        noClasses().that().resideInAPackage(UI + ".*..")
                .should().dependOnClassesThat().resideInAPackage(UI)
                .because("the root (entry points, controller, wiring) sits on top; views and panels reach the"
                        + " controller through base's Playground")
                .check(PAGE);
    }

    @Test
    void baseUsesNoOtherPackageOfThePage() {
        usesOnly("base", "the small things every part of the page uses stand alone").check(PAGE);
    }

    @Test
    void plotUsesOnlyBase() {
        usesOnly("plot", "the drawings know neither the step-through nor the server: they are drawn through"
                + " NetworkOverlay and read the controller through Playground", "base").check(PAGE);
    }

    @Test
    void explainUsesOnlyBaseAndPlot() {
        usesOnly("explain", "the step-through draws on the network diagram; nothing below it knows it",
                "base", "plot").check(PAGE);
    }

    @Test
    void lessonsUseOnlyBasePlotAndExplain() {
        usesOnly("lessons", "a lesson shows the engine's numbers with the page's own pieces; only the root"
                + " wires it in", "base", "plot", "explain").check(PAGE);
    }

    @Test
    void digitsUsesOnlyBase() {
        usesOnly("digits", "the digits mode has views of its own and reaches the controller through Playground",
                "base").check(PAGE);
    }

    @Test
    void compareUsesOnlyBaseAndPlot() {
        usesOnly("compare", "the compare mode draws both runs with the page's plots and reaches the controller"
                + " through Playground", "base", "plot").check(PAGE);
    }

    @Test
    void remoteUsesOnlyBase() {
        usesOnly("remote", "what talks to the server or to files does not draw the playground's views",
                "base").check(PAGE);
    }

    @Test
    void textbookUsesOnlyBase() {
        usesOnly("textbook", "the textbook example's view reads the engine and reaches the controller through"
                + " Playground", "base").check(PAGE);
    }

    @Test
    void benchUsesOnlyBase() {
        usesOnly("bench", "the speed benchmark runs on the JVM too, without the page", "base").check(PAGE);
    }
}
