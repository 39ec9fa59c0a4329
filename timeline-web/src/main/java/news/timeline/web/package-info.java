/** The web application; at its root only what every package shares: NotFound, Area (which part of the site), Problems. */
package news.timeline.web;
