/**
 * Numbers and strings as URL text, without TeaVM's own double ↔ text conversions: doubles
 * written as JavaScript writes them and read back correctly rounded (on a small big-number
 * arithmetic of its own), percent-encoding of URL text as UTF-8, and {@link
 * backprop.engine.text.Identified}, the short name a choice has in the URL. That interface lives
 * here, the bottom layer, because the choices it names are spread over {@link backprop.engine.nn}
 * (activations, losses, optimizers), {@link backprop.engine.data} (datasets, features) and
 * {@link backprop.engine.state}, and {@code nn} may use no engine package but this one. Uses no
 * other engine package.
 */
package backprop.engine.text;
