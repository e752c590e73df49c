/**
 * Numbers and strings as URL text, without TeaVM's own double ↔ text conversions: doubles
 * written as JavaScript writes them and read back correctly rounded (on a small big-number
 * arithmetic of its own), and percent-encoding of URL text as UTF-8. Uses no other engine package.
 */
package backprop.engine.text;
