/** The web application; at its root only what every package shares: that something asked for does not exist, and which area an address is in. */
package news.timeline.web;
