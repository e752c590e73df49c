/**
 * The page's code, compiled by TeaVM to JavaScript and WebAssembly GC. This root package holds the
 * entry points of the two builds ({@link backprop.ui.Main}, {@link backprop.ui.FullMain}) and the
 * automation API they return, the one controller with its animation loop (paced by
 * {@link backprop.ui.FrameBudget}; what a playing frame trains and when the run stops by itself in
 * {@link backprop.ui.Playing}) and the live reshaping of the running network, the control
 * panel, the switch from the default build to the full one, and the wiring of every view and panel
 * to the controller.
 *
 * <p>Layering, bottom up: {@code base} uses no other package of the page; {@code plot},
 * {@code digits}, {@code remote}, {@code bench} and {@code textbook} use {@code base}; {@code explain} and
 * {@code compare} use {@code base} and {@code plot}; this root package sits on top and may use them all. No other
 * package uses the root: the views and panels reach the controller through
 * {@link backprop.ui.base.Playground}, which the controller implements, and the network diagram
 * draws the step-through's look through {@link backprop.ui.plot.NetworkOverlay}. The rules are
 * checked by {@code ArchitectureTest}.
 */
package backprop.ui;
