/** The demo timeline that a fresh installation starts with. */
package news.timeline.web.demo;
