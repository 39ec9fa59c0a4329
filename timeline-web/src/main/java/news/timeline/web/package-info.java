/**
 * The web application; at its root only what every package shares: NotFound, Area (which part of the site),
 * Problems, and the editor's message bundles (EditorMessages, FieldMessages, read in Java through Words).
 */
package news.timeline.web;
