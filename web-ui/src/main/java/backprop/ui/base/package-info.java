/**
 * Small things every part of the page uses: DOM and canvas helpers, number formatting, the colour
 * palette, HTML text built with escaping, the notice where the page speaks up, the parts of the
 * network diagram a pointer can be on and what it is on, what a change of the state invalidates,
 * and the controller as the other packages see it ({@link backprop.ui.base.Playground}: read the
 * state and the run, ask for every change of either). Uses no other package of the page.
 */
package backprop.ui.base;
