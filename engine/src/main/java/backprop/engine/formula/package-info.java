/**
 * Formulas a person types — {@code sin(3x)}, {@code x*y*y}, {@code 2^-x} — read by a small
 * recursive-descent parser (no {@code eval}, so the same code runs on the JVM and under TeaVM)
 * into a tree that evaluates at a point (x, y), prints back in one canonical form and writes itself
 * as code in a programming language ({@link backprop.engine.formula.CodeDialect}: the export
 * package's NumPy, PyTorch, Java and JavaScript), without showing the tree. Errors name
 * the character where reading stopped. Uses {@link backprop.engine.nn} (its TeaVM-safe tanh) and
 * {@link backprop.engine.text} (numbers as text).
 */
package backprop.engine.formula;
