package backprop.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void writesMembersInOrderWithExactNumbersAndEscapedText() {
        String json = new JsonText().whole("chapter", 3).text("title", "say \"hi\"\\\n").flag("done", true)
                .number("loss", 0.1).numbers("xs", new double[] {1, -0.5, Double.NaN}).number("inf", Double.NEGATIVE_INFINITY)
                .raw("completed", "[1,2]").toString();
        assertEquals("{\"chapter\":3,\"title\":\"say \\\"hi\\\"\\\\\\u000a\",\"done\":true,\"loss\":0.1,"
                + "\"xs\":[1,-0.5,null],\"inf\":null,\"completed\":[1,2]}", json);
    }

    @Test
    void anEmptyObject() {
        assertEquals("{}", new JsonText().toString());
    }
}
