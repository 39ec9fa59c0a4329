/** The web application; at its root only what every package shares, the answer that something asked for does not exist. */
package news.timeline.web;
