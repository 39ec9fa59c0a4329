/** The application's own configuration keys, in one mapping, and the files it ships with. */
package news.timeline.web.config;
