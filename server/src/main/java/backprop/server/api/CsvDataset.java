package backprop.server.api;

import backprop.engine.data.Problem;
import backprop.server.api.CsvRows.Row;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A dataset uploaded as CSV: columns {@code x,y,label} or {@code x1,…,xn,label}, comma-separated,
 * UTF-8 (a byte-order mark is skipped), LF or CRLF line ends, an optional header line, fields
 * optionally in double quotes ({@code ""} inside quotes is one quote; {@link CsvRows} reads the
 * cells). Every coordinate is a finite decimal number; no cell is empty or holds a control
 * character. Blank lines are skipped.
 *
 * <p>The label (last column) decides the problem unless the uploader names it:
 * <ul>
 * <li>numbers that are exactly {−1, 1} or {0, 1}: two classes (0 becomes −1);</li>
 * <li>any label that is not a number: class names, 2 to {@value #MAX_CLASSES} of them;</li>
 * <li>other numbers: regression.</li>
 * </ul>
 * Asked for {@code classification}, numeric labels become class names too; asked for
 * {@code regression}, every label must be a number. Labels come out in the engine's convention
 * ({@code DataPoints}): ±1 for two classes (the first class name is −1), 0..k−1 for k classes,
 * the value itself for regression. Class names are sorted (as numbers when they all are).
 *
 * <p>Every refusal says where: line and column (both from 1, lines as in the file).
 */
final class CsvDataset {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 50_000;
    static final int MAX_COLUMNS = 64;
    static final int MIN_ROWS = 2;
    static final int MAX_CLASSES = 10;
    static final int MAX_NAME_CHARS = 64;

    /** A decimal number: no hexadecimal, no NaN or Infinity, no Java suffixes like 1d. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");

    /**
     * A parsed dataset. {@code values[c][r]} is coordinate column c of row r; {@code columns}
     * names them (from the header, else x, y or x1…xn); {@code classNames} is empty for regression.
     */
    record Parsed(Problem problem, int classes, List<String> classNames, List<String> columns, double[][] values,
            double[] labels) {

        int rows() {
            return labels.length;
        }
    }

    /** A refusal at a place in the file; {@code line} or {@code column} is 0 when it does not apply. */
    static final class CsvException extends Exception {
        final int line;
        final int column;
        final boolean tooLarge;

        CsvException(int line, int column, String message) {
            this(line, column, message, false);
        }

        CsvException(int line, int column, String message, boolean tooLarge) {
            super(where(line, column) + message, null, false, false);
            this.line = line;
            this.column = column;
            this.tooLarge = tooLarge;
        }

        private static String where(int line, int column) {
            if (line == 0) {
                return "";
            }
            return column == 0 ? "Line " + line + ": " : "Line " + line + ", column " + column + ": ";
        }
    }

    private CsvDataset() {
    }

    /** Parses {@code csv}; {@code problem} is the uploader's choice, or null to decide from the labels. */
    static Parsed parse(byte[] csv, Problem problem) throws CsvException {
        if (csv.length > MAX_BYTES) {
            throw new CsvException(0, 0, "the file is larger than 5 MB", true);
        }
        String text = utf8(csv);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = CsvRows.read(text, MAX_COLUMNS, MAX_ROWS);
        if (rows.isEmpty()) {
            throw new CsvException(0, 0, "the file has no data; expected lines like 0.5,-1.2,1 (x, y, label)");
        }
        Row first = rows.get(0);
        int width = first.cells().size();
        if (width < 3) {
            throw new CsvException(first.line(), 0, "found " + width + " column" + (width == 1 ? "" : "s")
                    + "; a dataset needs at least 3: x, y and a label");
        }
        if (width > MAX_COLUMNS) {
            throw new CsvException(first.line(), 0, "found " + width + " columns; at most " + MAX_COLUMNS
                    + " are allowed", true);
        }
        boolean header = isHeader(first);
        List<String> columns = header ? names(first) : defaultNames(width - 1);
        List<Row> data = header ? rows.subList(1, rows.size()) : rows;
        if (data.size() > MAX_ROWS) {
            throw new CsvException(data.get(MAX_ROWS).line(), 0, "more than " + MAX_ROWS
                    + " data rows; at most " + MAX_ROWS + " are allowed", true);
        }
        if (data.size() < MIN_ROWS) {
            throw new CsvException(0, 0, "the file has " + data.size() + " data row" + (data.size() == 1 ? "" : "s")
                    + "; a dataset needs at least " + MIN_ROWS);
        }
        double[][] values = new double[width - 1][data.size()];
        String[] labelText = new String[data.size()];
        for (int r = 0; r < data.size(); r++) {
            Row row = data.get(r);
            if (row.cells().size() != width) {
                throw new CsvException(row.line(), 0, "found " + row.cells().size() + " cells, but line "
                        + first.line() + " has " + width + "; every line needs the same columns");
            }
            for (int c = 0; c < width - 1; c++) {
                values[c][r] = number(row, c);
            }
            labelText[r] = label(row, width - 1);
        }
        return withLabels(problem, columns, values, labelText, data, width);
    }

    private static Parsed withLabels(Problem problem, List<String> columns, double[][] values,
            String[] text, List<Row> data, int width) throws CsvException {
        int firstNonNumber = -1;
        for (int r = 0; r < text.length && firstNonNumber < 0; r++) {
            if (!NUMBER.matcher(text[r]).matches()) {
                firstNonNumber = r;
            }
        }
        if (problem == Problem.REGRESSION || (problem == null && firstNonNumber < 0 && !twoNumericClasses(text))) {
            if (firstNonNumber >= 0) {
                throw new CsvException(data.get(firstNonNumber).line(), width, "'" + Clients.preview(text[firstNonNumber])
                        + "' is not a number; regression labels must all be numbers");
            }
            double[] labels = new double[text.length];
            for (int r = 0; r < text.length; r++) {
                labels[r] = number(data.get(r), width - 1);
            }
            return new Parsed(Problem.REGRESSION, 0, List.of(), columns, values, labels);
        }
        boolean numeric = firstNonNumber < 0;
        Comparator<String> order = numeric
                ? Comparator.comparingDouble(Double::parseDouble)
                : Comparator.naturalOrder();
        // Numeric class names compare by value ("1" and "1.0" are one class), written as first seen.
        TreeSet<String> distinct = new TreeSet<>(order);
        for (int r = 0; r < text.length; r++) {
            distinct.add(text[r]);
            if (distinct.size() > MAX_CLASSES) {
                throw new CsvException(data.get(r).line(), width, "more than " + MAX_CLASSES
                        + " different labels; classification takes 2 to " + MAX_CLASSES + " classes"
                        + (numeric ? "" : ", and for regression every label must be a number"));
            }
        }
        if (distinct.size() < 2) {
            throw new CsvException(0, 0, "every label is '" + Clients.preview(text[0])
                    + "'; classification needs at least 2 classes");
        }
        List<String> names = new ArrayList<>(distinct);
        for (String name : names) {
            TextField.clean(name, "class name '" + Clients.preview(name) + "'", MAX_NAME_CHARS);
        }
        int classes = names.size();
        double[] labels = new double[text.length];
        for (int r = 0; r < text.length; r++) {
            int index = names.indexOf(distinct.floor(text[r]));
            labels[r] = classes == 2 ? (index == 0 ? -1 : 1) : index;
        }
        return new Parsed(Problem.CLASSIFICATION, classes, names, columns, values, labels);
    }

    /** Labels that are exactly the numbers {−1, 1} or {0, 1}. */
    private static boolean twoNumericClasses(String[] text) {
        TreeSet<Double> distinct = new TreeSet<>();
        for (String t : text) {
            distinct.add(Double.parseDouble(t));
            if (distinct.size() > 2) {
                return false;
            }
        }
        return distinct.equals(new TreeSet<>(List.of(-1.0, 1.0))) || distinct.equals(new TreeSet<>(List.of(0.0, 1.0)));
    }

    private static double number(Row row, int c) throws CsvException {
        String cell = row.cells().get(c).strip();
        if (cell.isEmpty()) {
            throw new CsvException(row.line(), c + 1, "the cell is empty; every cell needs a value");
        }
        if (NOT_FINITE.matcher(cell).matches()) {
            throw new CsvException(row.line(), c + 1, "'" + cell + "' is not a finite number; NaN and infinities are refused");
        }
        if (!NUMBER.matcher(cell).matches()) {
            throw new CsvException(row.line(), c + 1, "'" + Clients.preview(cell) + "' is not a number");
        }
        double v = Double.parseDouble(cell);
        if (Double.isInfinite(v)) {
            throw new CsvException(row.line(), c + 1, "'" + Clients.preview(cell) + "' is too large for a number");
        }
        return v == 0 ? 0 : v; // no −0 in stored data
    }

    private static String label(Row row, int c) throws CsvException {
        String cell = row.cells().get(c).strip();
        if (cell.isEmpty()) {
            throw new CsvException(row.line(), c + 1, "the label is empty; every row needs a label");
        }
        if (NOT_FINITE.matcher(cell).matches()) {
            throw new CsvException(row.line(), c + 1, "'" + cell + "' is not a finite number; NaN and infinities are refused");
        }
        if (NUMBER.matcher(cell).matches() && Double.isInfinite(Double.parseDouble(cell))) {
            throw new CsvException(row.line(), c + 1, "'" + Clients.preview(cell) + "' is too large for a number");
        }
        return cell;
    }

    /** The first line is a header when one of its coordinate cells is not a number. */
    private static boolean isHeader(Row first) {
        List<String> cells = first.cells();
        for (int c = 0; c < cells.size() - 1; c++) {
            String cell = cells.get(c).strip();
            if (!NUMBER.matcher(cell).matches()) {
                return !cell.isEmpty() && !NOT_FINITE.matcher(cell).matches();
            }
        }
        return false;
    }

    private static List<String> names(Row header) throws CsvException {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < header.cells().size() - 1; c++) {
            try {
                names.add(TextField.clean(header.cells().get(c), "the column name", MAX_NAME_CHARS));
            } catch (io.javalin.http.BadRequestResponse e) {
                throw new CsvException(header.line(), c + 1, e.getMessage());
            }
        }
        return names;
    }

    private static List<String> defaultNames(int coordinates) {
        if (coordinates == 2) {
            return List.of("x", "y");
        }
        String[] names = new String[coordinates];
        Arrays.setAll(names, i -> "x" + (i + 1));
        return List.of(names);
    }

    private static String utf8(byte[] csv) throws CsvException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(csv));
            return chars.toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int end = firstBadByte(csv);
            for (int i = 0; i < end; i++) {
                line += csv[i] == '\n' ? 1 : 0;
            }
            throw new CsvException(line, 0, "the file is not UTF-8 text; save it as UTF-8 CSV");
        }
    }

    private static int firstBadByte(byte[] csv) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(csv);
        CharBuffer out = CharBuffer.allocate(csv.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
