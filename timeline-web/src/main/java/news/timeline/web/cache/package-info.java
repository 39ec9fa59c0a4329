/**
 * Published pages and API reads at the speed of static files: their ETags and Last-Modified dates, answers of
 * 304 to a reader who has the page already, and the site's own cache of rendered pages, all checked against
 * the timeline's content marker.
 */
package news.timeline.web.cache;
