package backprop.server.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDatasetTest {

    @Test
    void plusMinusOneLabelsAreTwoClassesWithAHeader() throws Exception {
        CsvDataset.Parsed p = parse("x,y,label\n0.5,-1.25,1\n-3,2e-1,-1\n", null);
        assertEquals(Problem.CLASSIFICATION, p.problem());
        assertEquals(2, p.classes());
        assertEquals(List.of("x", "y"), p.columns());
        assertArrayEquals(new double[] {0.5, -3}, p.values()[0]);
        assertArrayEquals(new double[] {-1.25, 0.2}, p.values()[1]);
        assertArrayEquals(new double[] {1, -1}, p.labels());
        assertEquals(List.of("-1", "1"), p.classNames());
    }

    @Test
    void zeroOneLabelsBecomeMinusOneAndOneWithoutAHeader() throws Exception {
        CsvDataset.Parsed p = parse("1,2,0\n3,4,1\n5,6,0\n", null);
        assertEquals(List.of("x", "y"), p.columns());
        assertArrayEquals(new double[] {-1, 1, -1}, p.labels());
        assertEquals(List.of("0", "1"), p.classNames());
    }

    @Test
    void classNamesAreSortedAndNumberedFromZeroForThreeOrMore() throws Exception {
        CsvDataset.Parsed p = parse("a,b,c,kind\n1,2,3,setosa\n4,5,6,virginica\n7,8,9,versicolor\n0,0,0,setosa\n", null);
        assertEquals(3, p.classes());
        assertEquals(List.of("setosa", "versicolor", "virginica"), p.classNames());
        assertArrayEquals(new double[] {0, 2, 1, 0}, p.labels());
        assertEquals(List.of("a", "b", "c"), p.columns());
    }

    @Test
    void twoClassNamesAreMinusOneAndOneInSortedOrder() throws Exception {
        CsvDataset.Parsed p = parse("1,1,dog\n2,2,cat\n", null);
        assertEquals(List.of("cat", "dog"), p.classNames());
        assertArrayEquals(new double[] {1, -1}, p.labels());
    }

    @Test
    void otherNumbersAreRegressionUnlessClassificationIsAsked() throws Exception {
        String csv = "x1,x2,x3,y\n1,2,3,0.5\n4,5,6,7\n7,8,9,2\n";
        CsvDataset.Parsed regression = parse(csv, null);
        assertEquals(Problem.REGRESSION, regression.problem());
        assertEquals(0, regression.classes());
        assertArrayEquals(new double[] {0.5, 7, 2}, regression.labels());

        CsvDataset.Parsed classes = parse(csv, Problem.CLASSIFICATION);
        assertEquals(List.of("0.5", "2", "7"), classes.classNames(), "numeric class names sort as numbers");
        assertArrayEquals(new double[] {0, 2, 1}, classes.labels());

        assertEquals(Problem.REGRESSION, parse("1,1,1\n2,2,-1\n", Problem.REGRESSION).problem());
    }

    @Test
    void withoutAHeaderManyColumnsAreNamedX1ToXn() throws Exception {
        assertEquals(List.of("x1", "x2", "x3"), parse("1,2,3,1\n4,5,6,-1\n", null).columns());
    }

    @Test
    void aByteOrderMarkCrlfBlankLinesQuotesAndSpacesAreAccepted() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("\"x\", \"y\" ,label\r\n\r\n 1 , 2 ,\"a, b\"\r\n3,4,\"say \"\"hi\"\"\"\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        CsvDataset.Parsed p = CsvDataset.parse(all, null);
        assertEquals(List.of("x", "y"), p.columns());
        assertEquals(List.of("a, b", "say \"hi\""), p.classNames());
        assertArrayEquals(new double[] {1, 3}, p.values()[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x,y,label\\n1,2,1\\n3,,1\\n | Line 3, column 2: the cell is empty",
        "1,2,1\\n1,NaN,-1\\n | Line 2, column 2: 'NaN' is not a finite number",
        "1,2,1\\n1,2,Infinity\\n | Line 2, column 3: 'Infinity' is not a finite number",
        "1,2,1\\n-inf,2,1\\n | Line 2, column 1: '-inf' is not a finite number",
        "1,2,1\\n1e999,2,1\\n | Line 2, column 1: '1e999' is too large",
        "1,2,1\\n0x1p3,2,1\\n | Line 2, column 1: '0x1p3' is not a number",
        "1,2,1\\n1d,2,1\\n | Line 2, column 1: '1d' is not a number",
        "1,2,1\\n1,2\\n | Line 2: found 2 cells, but line 1 has 3",
        "1,2,1\\n1,2,1,4\\n | Line 2: found 4 cells, but line 1 has 3",
        "1,1\\n2,2\\n | Line 1: found 2 columns; a dataset needs at least 3",
        "1,2,1\\n | 1 data row; a dataset needs at least 2",
        "x,y,label\\n | 0 data rows",
        "1,2,1\\n1,2,\\n | Line 2, column 3: the label is empty",
        "1,2,\"open\\n3,4,1\\n | Line 1, column 3: a quoted cell is not closed",
        "1,2,a\\n1,2,a\\n | every label is 'a'; classification needs at least 2 classes",
        "1,2,a\\n1,2,b\\n1,2,c\\n1,2,d\\n1,2,e\\n1,2,f\\n1,2,g\\n1,2,h\\n1,2,i\\n1,2,j\\n1,2,k\\n | Line 11, column 3: more than 10 different labels",
        "1,2,1\\n1,2,cat\\n | Line 2, column 3: 'cat' is not a number; regression labels",
        "1,2,1\\n\\n  \\n3,x,1\\n | Line 4, column 2: 'x' is not a number",
        "1,2,1\\r\\n\\r\\n3,4,\\r\\n | Line 3, column 3: the label is empty",
        "1,2,1\\n\"a\"b,2,1\\n | Line 2, column 1: unexpected text after a closing quote",
        "1,2,\"a\\nb\",1\\n3,4,1\\n | Line 1, column 3: a quoted cell is not closed",
        "1,2,1\\n1,2\u0001,1\\n | Line 2, column 2: the cell holds a control character (U+0001)",
        "1,2,1\\n1,2,a\u0007\\n | Line 2, column 3: the cell holds a control character (U+0007)",
    })
    void refusalsSayWhere(String csv, String expected) {
        Problem problem = expected.contains("regression labels") ? Problem.REGRESSION : null;
        CsvDataset.CsvException e = assertThrows(CsvDataset.CsvException.class,
                () -> parse(csv.replace("\\n", "\n").replace("\\r", "\r"), problem));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void limitsOnColumnsRowsAndBytesAreTooLarge() {
        String wide = "1,".repeat(CsvDataset.MAX_COLUMNS) + "1\n";
        CsvDataset.CsvException columns = assertThrows(CsvDataset.CsvException.class, () -> parse(wide + wide, null));
        assertTrue(columns.tooLarge && columns.getMessage().contains("at most 64"), columns.getMessage());

        StringBuilder tall = new StringBuilder();
        for (int i = 0; i <= CsvDataset.MAX_ROWS; i++) {
            tall.append(i % 10).append(",1,").append(i % 2 == 0 ? 1 : -1).append('\n');
        }
        CsvDataset.CsvException rows = assertThrows(CsvDataset.CsvException.class, () -> parse(tall.toString(), null));
        assertTrue(rows.tooLarge && rows.getMessage().contains("Line 50001"), rows.getMessage());

        CsvDataset.CsvException bytes = assertThrows(CsvDataset.CsvException.class,
                () -> CsvDataset.parse(new byte[CsvDataset.MAX_BYTES + 1], null));
        assertTrue(bytes.tooLarge);
    }

    @Test
    void exactlyTheLimitsAreAccepted() throws Exception {
        StringBuilder tall = new StringBuilder();
        for (int i = 0; i < CsvDataset.MAX_ROWS; i++) {
            tall.append(i % 10).append(",1,").append(i % 2 == 0 ? 1 : -1).append('\n');
        }
        assertEquals(CsvDataset.MAX_ROWS, parse(tall.toString(), null).rows());
        String wide = "1,".repeat(CsvDataset.MAX_COLUMNS - 1) + "1\n";
        assertEquals(CsvDataset.MAX_COLUMNS - 1, parse(wide + wide.replace("1\n", "-1\n"), null).columns().size());
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLine() {
        byte[] latin1 = "x,y,label\n1,2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvDataset.CsvException e = assertThrows(CsvDataset.CsvException.class, () -> CsvDataset.parse(latin1, null));
        assertTrue(e.getMessage().startsWith("Line 2: the file is not UTF-8"), e.getMessage());
    }

    @Test
    void aHeaderCellWithControlCharactersIsRefused() {
        CsvDataset.CsvException e = assertThrows(CsvDataset.CsvException.class,
                () -> parse("x\u0007,y,label\n1,2,1\n3,4,-1\n", null));
        assertTrue(e.getMessage().contains("Line 1, column 1"), e.getMessage());
    }

    private static CsvDataset.Parsed parse(String csv, Problem problem) throws CsvDataset.CsvException {
        return CsvDataset.parse(csv.getBytes(StandardCharsets.UTF_8), problem);
    }
}
