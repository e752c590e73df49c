package backprop.server.api;

/**
 * The body of every refusal: a short machine-readable {@code error} and a sentence
 * a person can act on.
 */
public record ApiError(String error, String detail) {
}
