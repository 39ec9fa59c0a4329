/** Small JSON endpoints the reader's script calls to load more of a timeline than the page holds. */
package news.timeline.web.api;
