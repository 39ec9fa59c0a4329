/** Summaries' small markup subset: cleaning what editors type, and the plain text for places without markup. */
package news.timeline.web.markup;
