/**
 * The speed benchmark: its cases, built exactly as the hand-written reference builds
 * them, run on the JVM ({@code BenchmarkJvm}, started by {@code bin/bench}) and in the full build
 * (through {@code FullMain}'s exports), and the heatmap painting it times. Uses {@code base} only.
 */
package backprop.ui.bench;
