/** What every response carries for its safety whichever page sends it: cookie flags and security headers. */
package news.timeline.web.security;
