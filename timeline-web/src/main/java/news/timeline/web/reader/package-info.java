/** The public pages readers browse: the list of timelines and each timeline. */
package news.timeline.web.reader;
