/** Small text helpers shared by the domain: URL slugs. */
package news.timeline.core.text;
