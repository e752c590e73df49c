package backprop.engine;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
 * The engine's package rules (see package-info.java): layers text ← nn ← formula ← data ← state ← train ←
 * digits (and export beside state, on data), each using only those below it, no cycles, nothing in
 * the root package, and nothing outside the JDK's {@code java.*} classes.
 */
class ArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("backprop.engine");

    /** A package of the engine uses no engine package but itself and {@code allowed}. */
    private static ArchRule usesOnly(String layer, String because, String... allowed) {
        String[] own = new String[allowed.length + 1];
        own[0] = "backprop.engine." + layer + "..";
        for (int i = 0; i < allowed.length; i++) {
            own[i + 1] = "backprop.engine." + allowed[i] + "..";
        }
        return noClasses().that().resideInAPackage("backprop.engine." + layer + "..")
                .should().dependOnClassesThat(resideInAPackage("backprop.engine..").and(not(resideInAnyPackage(own))))
                .because(because);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("backprop.engine.(*)..").should().beFreeOfCycles()
                .because("the packages are layers: each one can be read, tested and changed without the ones above it")
                .check(ENGINE);
    }

    /** Each top-level class of nn with its nested and anonymous classes (an enum constant's body, say) as one slice. */
    private static final SliceAssignment NN_CLASSES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            if (!javaClass.getPackageName().equals("backprop.engine.nn")) {
                return SliceIdentifier.ignore();
            }
            String name = javaClass.getName().substring("backprop.engine.nn.".length());
            int nested = name.indexOf('$');
            return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
        }

        @Override
        public String getDescription() {
            return "the top-level classes of backprop.engine.nn";
        }
    };

    @Test
    void noCyclesBetweenTheClassesOfNn() {
        slices().assignedFrom(NN_CLASSES).should().beFreeOfCycles()
                .because("the network uses its optimizer, losses and activations, never the other way round: an"
                        + " optimizer works on the parameters and gradients it is handed, so each piece of the maths"
                        + " can be read and tested alone")
                .check(ENGINE);
    }

    @Test
    void theOptimizerDoesNotKnowTheNetwork() {
        noClasses().that().haveNameMatching("backprop\\.engine\\.nn\\.Optimizer(\\$.*)?")
                .should().dependOnClassesThat().haveNameMatching("backprop\\.engine\\.nn\\.Network(\\$.*)?")
                .because("the network hands its optimizer its parameter and gradient arrays (Parameters), so the"
                        + " optimizer is a rule on arrays that any set of parameters can use")
                .check(ENGINE);
    }

    @Test
    void theRootPackageHoldsNoClasses() {
        noClasses().that().doNotHaveSimpleName("package-info").should().resideInAPackage("backprop.engine")
                .because("every class belongs to one concept's package, so the root cannot hide a dependency between them")
                .check(ENGINE);
    }

    @Test
    void textUsesNoOtherEnginePackage() {
        usesOnly("text", "numbers and strings as text are the bottom layer: everything may use them").check(ENGINE);
    }

    @Test
    void nnUsesNoOtherEnginePackageButText() {
        usesOnly("nn", "the maths of one network stands alone; it needs text only to write numbers into its messages",
                "text").check(ENGINE);
    }

    @Test
    void formulaUsesOnlyNnAndText() {
        usesOnly("formula", "a typed formula is read and evaluated on its own; datasets and features build on it",
                "nn", "text").check(ENGINE);
    }

    @Test
    void dataUsesOnlyFormulaNnAndText() {
        usesOnly("data", "datasets and features know nothing of the share state, training or the digits page",
                "formula", "nn", "text").check(ENGINE);
    }

    @Test
    void stateUsesOnlyDataNnAndText() {
        usesOnly("state", "the share state describes a configuration; it does not train",
                "data", "formula", "nn", "text").check(ENGINE);
    }

    @Test
    void trainDoesNotUseDigits() {
        usesOnly("train", "training is the same for every dataset; the digits page builds on it",
                "state", "data", "formula", "nn", "text").check(ENGINE);
    }

    @Test
    void exportUsesOnlyDataFormulaNnAndText() {
        usesOnly("export", "code is generated from the network and its input features alone (typed ones written"
                + " by their formulas), not from the share state or a training run", "data", "formula", "nn", "text")
                .check(ENGINE);
    }

    @Test
    void theEngineUsesOnlyTheJdk() {
        classes().that().resideInAPackage("backprop.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("backprop.engine..", "java..")
                .because("TeaVM compiles the engine to JavaScript and the server runs it too: plain Java, no libraries"
                        + " (today java.lang, java.lang.invoke and java.util)")
                .check(ENGINE);
    }
}
