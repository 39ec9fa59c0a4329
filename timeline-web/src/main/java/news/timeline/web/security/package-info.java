/** Who may do what, and what every response carries for its safety: sign-in, sessions, API tokens, CSRF, cookie flags and security headers. */
package news.timeline.web.security;
