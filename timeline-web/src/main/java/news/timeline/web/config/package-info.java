/** The application's own configuration keys, in one mapping, the files it ships with, and its one digest. */
package news.timeline.web.config;
