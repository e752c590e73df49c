package backprop.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * NumberText, and every engine class it reaches, must not call what makes TeaVM
 * bring in its double ↔ text code (DoubleAnalyzer, DoubleSynthesizer and their
 * power-of-ten tables): {@code Double.toString/valueOf/parseDouble}, {@code
 * append(double)}, {@code String.valueOf(double)}, {@code "" + aDouble}, nor
 * {@code Float}, {@code java.math}, {@code java.util} or {@code String.format}.
 * Read from the compiled classes' constant pools (what the code refers to).
 */
class NumberTextBytecodeTest {
    @Test
    void numberTextReachesNoDoubleTextConversions() throws IOException {
        Set<String> reached = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        Deque<String> toScan = new ArrayDeque<>();
        toScan.add("backprop/engine/text/NumberText");
        while (!toScan.isEmpty()) {
            String name = toScan.pop();
            if (!reached.add(name)) {
                continue;
            }
            for (String ref : references(name)) {
                if (ref.startsWith("class backprop/")) {
                    toScan.add(ref.substring("class ".length()));
                }
                if (forbidden(ref)) {
                    found.add(name + " -> " + ref);
                }
            }
        }
        assertEquals(List.of(), found);
        assertTrue(reached.containsAll(List.of("backprop/engine/text/NumberText", "backprop/engine/text/ShortestDecimal",
            "backprop/engine/text/DecimalReader", "backprop/engine/text/BigNat")), reached.toString());
    }

    /** The scan is not blind: it finds each kind of forbidden call in a class that makes them. */
    @Test
    void theScanSeesForbiddenCalls() throws IOException {
        List<String> found = new ArrayList<>();
        for (String ref : references("backprop/engine/text/NumberTextBytecodeTest$Offender")) {
            if (forbidden(ref)) {
                found.add(ref);
            }
        }
        assertEquals(6, found.size(), found.toString());
        assertTrue(references("backprop/engine/text/ShortestDecimal").contains("method java/lang/Double.doubleToRawLongBits:(D)J"));
    }

    @SuppressWarnings("unused")
    private static final class Offender {
        String toText(double d) {
            return Double.toString(d);
        }

        double read(String s) {
            return Double.parseDouble(s);
        }

        String append(double d) {
            return new StringBuilder().append(d).toString();
        }

        String valueOf(double d) {
            return String.valueOf(d);
        }

        String concat(float f) {
            return "x" + f;
        }

        String concatBoxed(Double d) {
            return "x" + d;
        }
    }

    /**
     * No engine class at all (each build of the page compiles those it reaches) writes or reads a
     * double as text through the class library, calls {@code Integer.parseInt}, changes case
     * ({@code equalsIgnoreCase}, {@code toLowerCase}, {@code toUpperCase}: TeaVM's case tables),
     * splits by regex or keeps a {@code TreeMap}/{@code TreeSet}. Each cost the default page's Wasm
     * 0.3 to 8 KB of Brotli when one slipped in: a dropout message's {@code "" + rate} alone brought
     * back the 8 KB of {@code Double.toString}'s tables. Boxing ({@code Double.valueOf(double)}) is fine.
     */
    @Test
    void noEngineClassCallsTheClassLibrarysHeavyTextCode() throws IOException, URISyntaxException {
        Path root = Path.of(NumberText.class.getResource("NumberText.class").toURI()).getParent().getParent();
        List<String> found = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String relative = root.relativize(f).toString().replace(File.separatorChar, '/');
                scanned.add("backprop/engine/" + relative.substring(0, relative.length() - ".class".length()));
            });
        }
        for (String name : scanned) {
            for (String ref : references(name)) {
                if (heavy(ref)) {
                    found.add(name + " -> " + ref);
                }
            }
        }
        assertEquals(List.of(), found);
        assertTrue(scanned.contains("backprop/engine/nn/Dropout") && scanned.size() > 100, scanned.toString());
    }

    /** The engine-wide scan is not blind either: it finds each kind of call {@link HeavyOffender} makes. */
    @Test
    void theEngineWideScanSeesHeavyCalls() throws IOException {
        List<String> found = new ArrayList<>();
        for (String ref : references("backprop/engine/text/NumberTextBytecodeTest$HeavyOffender")) {
            if (heavy(ref)) {
                found.add(ref);
            }
        }
        assertEquals(7, found.size(), found.toString());
    }

    @SuppressWarnings("unused")
    private static final class HeavyOffender {
        String message(double rate) {
            return "got " + rate;
        }

        int whole(String s) {
            return Integer.parseInt(s);
        }

        boolean key(String s) {
            return "z".equalsIgnoreCase(s);
        }

        String lower(String s) {
            return s.toLowerCase();
        }

        String[] parts(String s) {
            return s.split(",");
        }

        Object sorted() {
            return new java.util.TreeSet<String>();
        }

        Double boxed(double d) {
            return d; // boxing: allowed
        }

        String text(double[] values) {
            return java.util.Arrays.toString(values);
        }
    }

    private static boolean heavy(String ref) {
        if (ref.startsWith("class ")) {
            String c = ref.substring("class ".length());
            return c.equals("java/util/TreeMap") || c.equals("java/util/TreeSet") || c.startsWith("java/util/regex/")
                || c.startsWith("java/math/") || c.startsWith("java/text/") || c.equals("java/lang/Float");
        }
        if (ref.startsWith("concat ")) {
            return forbidden(ref);
        }
        String owner = ref.substring("method ".length(), ref.indexOf('.'));
        String name = ref.substring(ref.indexOf('.') + 1, ref.indexOf(':'));
        String descriptor = ref.substring(ref.indexOf(':') + 1);
        boolean boxing = owner.equals("java/lang/Double") && name.equals("valueOf") && descriptor.startsWith("(D)");
        return forbidden(ref) && !boxing
            || owner.equals("java/lang/Integer") && name.equals("parseInt")
            || owner.equals("java/lang/String") && (name.equals("equalsIgnoreCase") || name.equals("toLowerCase")
                || name.equals("toUpperCase") || name.equals("split"));
    }

    private static boolean forbidden(String ref) {
        if (ref.startsWith("class ")) {
            String c = ref.substring("class ".length());
            return c.startsWith("java/math/") || c.startsWith("java/util/") || c.startsWith("java/text/")
                || c.equals("java/lang/Float");
        }
        if (ref.startsWith("concat ")) {
            return hasFloatingArgument(ref.substring(ref.indexOf(':') + 1));
        }
        String owner = ref.substring("method ".length(), ref.indexOf('.'));
        String name = ref.substring(ref.indexOf('.') + 1, ref.indexOf(':'));
        String descriptor = ref.substring(ref.indexOf(':') + 1);
        return owner.equals("java/lang/Double") && (name.equals("toString") || name.equals("valueOf")
                || name.equals("parseDouble"))
            || owner.equals("java/lang/Float")
            || owner.equals("java/lang/String") && name.equals("format")
            || owner.startsWith("java/") && hasFloatingArgument(descriptor)
                && (name.equals("append") || name.equals("valueOf") || name.equals("insert") || name.equals("toString"));
    }

    /** Whether a method descriptor takes a double, a float or their boxes. */
    private static boolean hasFloatingArgument(String descriptor) {
        int i = 1;
        while (descriptor.charAt(i) != ')') {
            char c = descriptor.charAt(i);
            if (c == 'L') {
                int end = descriptor.indexOf(';', i);
                String type = descriptor.substring(i + 1, end);
                if (type.equals("java/lang/Double") || type.equals("java/lang/Float")) {
                    return true;
                }
                i = end + 1;
            } else {
                if (c == 'D' || c == 'F') {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /**
     * What a compiled class refers to, from its constant pool: "class a/B",
     * "method a/B.name:(args)ret" and "concat makeConcatWithConstants:(args)ret"
     * (the invokedynamic behind string concatenation).
     */
    private static List<String> references(String className) throws IOException {
        String file = "/" + className + ".class";
        try (InputStream raw = NumberTextBytecodeTest.class.getResourceAsStream(file)) {
            assertTrue(raw != null, "no compiled " + file);
            DataInputStream in = new DataInputStream(raw);
            in.readInt(); // 0xCAFEBABE
            in.readInt(); // version
            int count = in.readUnsignedShort();
            int[] tag = new int[count];
            int[] a = new int[count];
            int[] b = new int[count];
            String[] utf = new String[count];
            for (int i = 1; i < count; i++) {
                tag[i] = in.readUnsignedByte();
                switch (tag[i]) {
                    case 1 -> utf[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // takes two slots
                    }
                    case 7, 8, 16, 19, 20 -> a[i] = in.readUnsignedShort();
                    case 9, 10, 11, 12, 17, 18 -> {
                        a[i] = in.readUnsignedShort();
                        b[i] = in.readUnsignedShort();
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        a[i] = in.readUnsignedShort();
                    }
                    default -> throw new IOException("constant pool tag " + tag[i] + " in " + file);
                }
            }
            List<String> refs = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                if (tag[i] == 7) {
                    refs.add("class " + utf[a[i]]);
                } else if (tag[i] == 10 || tag[i] == 11) {
                    int nat = b[i];
                    refs.add("method " + utf[a[a[i]]] + "." + utf[a[nat]] + ":" + utf[b[nat]]);
                } else if (tag[i] == 18 && utf[a[b[i]]].equals("makeConcatWithConstants")) {
                    refs.add("concat " + utf[a[b[i]]] + ":" + utf[b[b[i]]]);
                }
            }
            return refs;
        }
    }
}
