/** oEmbed: which provider serves a media address, asking it once when an editor saves the item, and reading its answer. */
package news.timeline.web.oembed;
