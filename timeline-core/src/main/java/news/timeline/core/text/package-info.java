/** Small text helpers shared by the domain: URL slugs, and text escaped for HTML and XML. */
package news.timeline.core.text;
