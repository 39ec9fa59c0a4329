/**
 * The JSON API: public read-only timelines and milestones, the windows the reader's axis loads, and the
 * token-authenticated editor API, with the OpenAPI description of all of it.
 */
package news.timeline.web.api;
