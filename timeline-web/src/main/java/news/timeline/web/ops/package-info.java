/** What operators watch: a request id in every log line and answer, and the application's own metrics. */
package news.timeline.web.ops;
