package backprop.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import backprop.engine.text.NumberText;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the exported programs and compares what they compute with the engine's forward pass on a
 * 100-point grid, within 1e-12: the NumPy script in {@code python3}, the JavaScript file in
 * {@code node}, the Java class compiled with the JDK's compiler; each also runs as a reader would
 * run it, printing its three checks. The PyTorch and Keras files are compiled by
 * {@code python3 -m py_compile} (neither library is installed here; {@link ExportStructureTest}
 * checks their structure). The cases include networks with typed features ({@link ExportCases#typed}),
 * whose values the engine computes itself, so the exported formulas and their handling of NaN and
 * ∞ are checked against the engine's on the grid.
 */
class ExportRunTest {
    /** Outputs of tanh, sigmoid and softmax are at most 1, linear ones a few tens: an absolute bound fits. */
    private static final double TOLERANCE = 1e-12;

    @TempDir
    Path dir;

    static List<ExportCases.Case> cases() {
        List<ExportCases.Case> cases = new ArrayList<>(ExportCases.all());
        cases.addAll(ExportCases.typed());
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNumpyScriptComputesTheEnginesOutputs(ExportCases.Case c) throws Exception {
        Tools.assumeWorks("python3 with NumPy is not installed", "python3", "-c", "import numpy");
        Files.writeString(dir.resolve("network_numpy.py"), ExportLanguage.NUMPY.write(c.exported()));
        StringBuilder driver = new StringBuilder("import network_numpy as net\nfor x, y in [");
        for (double[] p : ExportCases.grid()) {
            driver.append('(').append(NumberText.format(p[0])).append(", ").append(NumberText.format(p[1])).append("), ");
        }
        driver.append("]:\n    print(' '.join(repr(float(v)) for v in net.predict(x, y)))\n");
        Files.writeString(dir.resolve("grid.py"), driver);
        compare(c, Tools.rows(Tools.run(dir, "python3", "grid.py")));
        assertChecksPrinted(Tools.run(dir, "python3", "network_numpy.py"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theJavaScriptFileComputesTheEnginesOutputs(ExportCases.Case c) throws Exception {
        Tools.assumeWorks("node is not installed", "node", "--version");
        Files.writeString(dir.resolve("network.js"), ExportLanguage.JAVASCRIPT.write(c.exported()));
        StringBuilder driver = new StringBuilder("const net = require('./network.js');\nfor (const [x, y] of [");
        for (double[] p : ExportCases.grid()) {
            driver.append('[').append(NumberText.format(p[0])).append(", ").append(NumberText.format(p[1])).append("], ");
        }
        driver.append("]) {\n  console.log(net.predict(x, y).join(' '));\n}\n");
        Files.writeString(dir.resolve("grid.js"), driver);
        compare(c, Tools.rows(Tools.run(dir, "node", "grid.js")));
        assertChecksPrinted(Tools.run(dir, "node", "network.js"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theJavaClassComputesTheEnginesOutputs(ExportCases.Case c) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assumeTrue(javac != null, "no Java compiler in this runtime");
        Path source = dir.resolve(JavaExport.CLASS_NAME + ".java");
        Files.writeString(source, ExportLanguage.JAVA.write(c.exported()));
        assertEquals(0, javac.run(null, null, null, "-d", dir.toString(), source.toString()), "javac failed");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Method predict = loader.loadClass(JavaExport.CLASS_NAME).getMethod("predict", double.class, double.class);
            double[][] grid = ExportCases.grid();
            for (double[] p : grid) {
                double[] mine = (double[]) predict.invoke(null, p[0], p[1]);
                assertClose(c, p, c.engineOutputs(p[0], p[1]), mine);
            }
        }
        if (Tools.works("java", "-version")) {
            assertChecksPrinted(Tools.run(dir, "java", "-cp", dir.toString(), JavaExport.CLASS_NAME));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thePytorchAndKerasFilesArePython(ExportCases.Case c) throws Exception {
        Tools.assumeWorks("python3 is not installed", "python3", "--version");
        Files.writeString(dir.resolve("network_pytorch.py"), ExportLanguage.PYTORCH.write(c.exported()));
        Files.writeString(dir.resolve("network_keras.py"), ExportLanguage.KERAS.write(c.exported()));
        Tools.run(dir, "python3", "-m", "py_compile", "network_pytorch.py", "network_keras.py");
        assertTrue(Files.exists(dir.resolve("__pycache__")), "py_compile wrote no bytecode");
    }

    private static void compare(ExportCases.Case c, List<double[]> rows) {
        double[][] grid = ExportCases.grid();
        assertEquals(grid.length, rows.size(), "one line of outputs per grid point");
        for (int p = 0; p < grid.length; p++) {
            assertClose(c, grid[p], c.engineOutputs(grid[p][0], grid[p][1]), rows.get(p));
        }
    }

    private static void assertClose(ExportCases.Case c, double[] point, double[] engine, double[] exported) {
        String where = c.name() + " at (" + point[0] + ", " + point[1] + ")";
        assertEquals(engine.length, exported.length, where + ": number of outputs");
        for (int o = 0; o < engine.length; o++) {
            assertEquals(engine[o], exported[o], TOLERANCE, where + ", output " + o);
        }
    }

    /** The program's own run prints its prediction and the playground's value at each of the three points. */
    private static void assertChecksPrinted(String output) throws IOException {
        int predictions = output.split("predict\\(", -1).length - 1;
        int playground = output.split("playground: ", -1).length - 1;
        assertEquals(3, predictions, output);
        assertEquals(3, playground, output);
    }
}
