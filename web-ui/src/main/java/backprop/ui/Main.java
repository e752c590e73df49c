package backprop.ui;

public final class Main {
    public static void main(String[] args) {
    }
}
