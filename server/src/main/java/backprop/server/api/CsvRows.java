package backprop.server.api;

import backprop.server.api.CsvDataset.CsvException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a CSV text as cells, each with the line it starts on (from 1, blank lines counted),
 * read by Jackson's CSV parser: comma-separated, LF or CRLF, a field may be in double quotes
 * ({@code ""} is a quote inside, spaces around the quotes are dropped), blank lines skipped.
 * A quoted field may not span lines (a missing closing quote would otherwise swallow the rest
 * of the file into one cell). Reading stops as soon as a row or the file passes the limits.
 */
final class CsvRows {

    /** One row: the line it is on and its cells as written (quotes removed). */
    record Row(int line, List<String> cells) {
    }

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    private static final String NOT_CLOSED = "a quoted cell is not closed (quotes cannot span lines)";

    private final String text;
    private final int maxColumns;
    private final int maxDataRows;
    /** Where each line starts in {@code text}: line n (from 1) starts at {@code lineStarts[n - 1]}. */
    private final int[] lineStarts;
    /** The first control character other than tab, CR and LF, or −1 (Jackson would trim it away). */
    private final int control;
    private final List<Row> rows = new ArrayList<>();
    private List<String> cells = new ArrayList<>();
    /** The line of the row being read, 0 until its first cell. */
    private int line;
    /** Where the last cell read is: its line and column. */
    private int lastLine;
    private int lastColumn;

    private CsvRows(String text, int maxColumns, int maxDataRows) {
        this.text = text;
        this.maxColumns = maxColumns;
        this.maxDataRows = maxDataRows;
        this.lineStarts = lineStarts(text);
        this.control = firstControl(text);
    }

    /**
     * The rows of {@code text}; refuses (as too large) a row of more than {@code maxColumns}
     * cells and a file of more than {@code maxDataRows} rows after a possible header.
     */
    static List<Row> read(String text, int maxColumns, int maxDataRows) throws CsvException {
        return new CsvRows(text, maxColumns, maxDataRows).readAll();
    }

    private List<Row> readAll() throws CsvException {
        try (CsvParser parser = FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    line = 0;
                    cells = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY) {
                    endRow();
                } else {
                    cell(parser.getText(), (int) parser.currentTokenLocation().getCharOffset());
                }
            }
        } catch (JsonProcessingException e) {
            throw new CsvException(line == 0 ? nextRowLine() : line, cells.size() + 1, quoteProblem(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String cannot fail to be read
        }
        if (control >= 0) {
            throw controlCharacter(lastLine, lastColumn);
        }
        return rows;
    }

    private void cell(String value, int start) throws CsvException {
        int column = cells.size() + 1;
        if (line == 0) {
            line = lineOf(start);
        }
        if (control >= 0 && start > control) {
            // Jackson trims a control character at a cell's edge, so name the cell it was in:
            // the one read before, or this one when the character precedes it on its line.
            boolean here = column == 1 && lineOf(control) == line;
            throw here ? controlCharacter(line, column) : controlCharacter(lastLine, lastColumn);
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new CsvException(line, column, NOT_CLOSED);
        }
        cells.add(value);
        lastLine = line;
        lastColumn = column;
        if (cells.size() > maxColumns) {
            throw new CsvException(line, 0, "more than " + maxColumns + " columns; at most " + maxColumns
                    + " are allowed", true);
        }
    }

    private void endRow() throws CsvException {
        rows.add(new Row(line, cells));
        if (rows.size() > maxDataRows + 1) {
            throw new CsvException(line, 0, "more than " + maxDataRows + " data rows; at most " + maxDataRows
                    + " are allowed", true);
        }
    }

    private CsvException controlCharacter(int at, int column) {
        return new CsvException(at, column, "the cell holds a control character (U+"
                + String.format("%04X", (int) text.charAt(control)) + "); cells hold text and numbers only");
    }

    /** The line of the first non-blank character after the last row read (the row that could not be read). */
    private int nextRowLine() {
        int after = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).line();
        int from = after < lineStarts.length ? lineStarts[after] : text.length();
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return lineOf(from);
    }

    private int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, 2 * n);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Jackson refuses a text only over its quotes: one left open, or text after a closing one. */
    private static String quoteProblem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("closing quote")) {
            return NOT_CLOSED;
        }
        return message.contains("Expected column separator") ? "unexpected text after a closing quote"
                : "the line cannot be read as CSV (" + message + ")";
    }
}
