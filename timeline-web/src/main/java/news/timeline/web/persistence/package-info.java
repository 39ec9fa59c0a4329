/** Panache entities, their mapping to the core domain, and the stores that read and write them. */
package news.timeline.web.persistence;
