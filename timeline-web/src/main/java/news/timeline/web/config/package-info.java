/** The application's own configuration keys, in one mapping. */
package news.timeline.web.config;
