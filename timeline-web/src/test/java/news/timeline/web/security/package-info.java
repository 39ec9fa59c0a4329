/**
 * Sign-in, sessions and API tokens, and the security suite: who may call each route, what readers may see of unpublished work, hostile input on
 * every route, and the headers every page carries. Browser checks for script in stored fields live with the
 * other browser tests in {@code news.timeline.web.browser}.
 */
package news.timeline.web.security;
