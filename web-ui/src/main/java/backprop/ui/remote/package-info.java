/**
 * What goes to and comes from the server or a file: the API calls and their JSON, the
 * share panel and opening a shared link, the gallery of curated presets, uploaded datasets (the
 * store, the upload panel with its previews, the dataset the state names) and weights files
 * (download, load back) with the other downloads, and the export as code (full build only).
 * Uses {@code base} only.
 */
package backprop.ui.remote;
