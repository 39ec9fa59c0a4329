/** The web application; at its root only what every package shares: what was asked for does not exist, which area an address is in, the API's error answer. */
package news.timeline.web;
