/** Preview links: signed, expiring addresses at which drafts show as readers will see them once published. */
package news.timeline.web.preview;
