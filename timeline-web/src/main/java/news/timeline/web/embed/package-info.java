/** Timeline widgets for other sites: the bare embed page, oEmbed, and the framing policy. */
package news.timeline.web.embed;
