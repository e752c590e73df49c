/**
 * The Backprop Playground server. This root package sits on top and wires everything: the
 * command line and its options, the Javalin app that gives each API its store, the page's static
 * files (from the classpath or, in development, the source tree, with the Brotli copies made at
 * build time, and the page itself from memory, also as the framable {@code /embed}), the security headers on every answer and the error page Jetty writes itself.
 *
 * <p>The layering, checked by {@code ArchitectureTest}: the root may use {@link backprop.server.api}
 * and {@link backprop.server.store}; {@code api} may use {@code store} but never the root;
 * {@code store} uses no other server package. There are no cycles between these packages, and no
 * server class uses web-ui's classes ({@code backprop.ui}): the page reaches the server as files.
 */
package backprop.server;
